package io.inventoryledger.projections.catalog;

import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.core.resourceclass.ResourceClassCreated;
import io.inventoryledger.core.resourceclass.ResourceClassDeleted;
import io.inventoryledger.core.resourceclass.ResourceClassRenamed;
import io.inventoryledger.core.trait.TraitCreated;
import io.inventoryledger.core.trait.TraitDeleted;
import io.inventoryledger.projections.provider.ProviderProjection;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/** Keeps {@code custom_resource_classes} and {@code custom_traits}. Idempotent: rows are replaced, not added. */
@ProcessingGroup(ProviderProjection.PROCESSING_GROUP)
public class CatalogProjection {
    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    public CatalogProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @EventHandler
    void on(ResourceClassCreated event, @Timestamp Instant time) {
        String table = tables.of("custom_resource_classes");
        jdbc.update("DELETE FROM " + table + " WHERE name = ?", event.name());
        java.sql.Timestamp at = EventTimes.of(time);
        jdbc.update("INSERT INTO " + table + " (name, created_at, updated_at) VALUES (?, ?, ?)", event.name(), at, at);
    }

    @EventHandler
    void on(ResourceClassDeleted event) {
        jdbc.update("DELETE FROM " + tables.of("custom_resource_classes") + " WHERE name = ?", event.name());
    }

    @EventHandler
    void on(ResourceClassRenamed event) {
        jdbc.update("DELETE FROM " + tables.of("custom_resource_classes") + " WHERE name = ?", event.name());
    }

    @EventHandler
    void on(TraitCreated event, @Timestamp Instant time) {
        String table = tables.of("custom_traits");
        jdbc.update("DELETE FROM " + table + " WHERE name = ?", event.name());
        jdbc.update("INSERT INTO " + table + " (name, created_at) VALUES (?, ?)", event.name(),
                EventTimes.of(time));
    }

    @EventHandler
    void on(TraitDeleted event) {
        jdbc.update("DELETE FROM " + tables.of("custom_traits") + " WHERE name = ?", event.name());
    }
}
