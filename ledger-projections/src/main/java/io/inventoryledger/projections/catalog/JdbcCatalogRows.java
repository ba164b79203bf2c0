package io.inventoryledger.projections.catalog;

import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link CatalogRows} over SQL. */
public class JdbcCatalogRows extends ReadModelJdbc implements CatalogRows {
    public JdbcCatalogRows(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
    }

    @Override
    public void putResourceClass(String name, Instant time) {
        String table = tables.of("custom_resource_classes");
        jdbc.update("DELETE FROM " + table + " WHERE name = ?", name);
        var at = EventTimes.of(time);
        jdbc.update("INSERT INTO " + table + " (name, created_at, updated_at) VALUES (?, ?, ?)", name, at, at);
    }

    @Override
    public void deleteResourceClass(String name) {
        jdbc.update("DELETE FROM " + tables.of("custom_resource_classes") + " WHERE name = ?", name);
    }

    @Override
    public void putTrait(String name, Instant time) {
        String table = tables.of("custom_traits");
        jdbc.update("DELETE FROM " + table + " WHERE name = ?", name);
        jdbc.update("INSERT INTO " + table + " (name, created_at) VALUES (?, ?)", name, EventTimes.of(time));
    }

    @Override
    public void deleteTrait(String name) {
        jdbc.update("DELETE FROM " + tables.of("custom_traits") + " WHERE name = ?", name);
    }
}
