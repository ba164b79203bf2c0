package io.inventoryledger.projections.catalog;

import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads over the custom resource classes and traits. */
public class CatalogQueries extends ReadModelJdbc {
    private static final RowMapper<CatalogEntry> RESOURCE_CLASS = (rs, i) -> new CatalogEntry(
            rs.getString("name"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant());
    private static final RowMapper<CatalogEntry> TRAIT = (rs, i) -> new CatalogEntry(
            rs.getString("name"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("created_at").toInstant());

    public CatalogQueries(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
    }

    /** Custom resource classes in the order they were created. */
    public List<CatalogEntry> customResourceClasses() {
        return jdbc.query(
                "SELECT * FROM " + tables.of("custom_resource_classes") + " ORDER BY created_at, name", RESOURCE_CLASS);
    }

    public Optional<CatalogEntry> customResourceClass(String name) {
        return jdbc
                .query(
                        "SELECT * FROM " + tables.of("custom_resource_classes") + " WHERE name = ?",
                        RESOURCE_CLASS,
                        name)
                .stream()
                .findFirst();
    }

    public List<CatalogEntry> customTraits() {
        return jdbc.query("SELECT * FROM " + tables.of("custom_traits") + " ORDER BY name", TRAIT);
    }

    public Optional<CatalogEntry> customTrait(String name) {
        return jdbc.query("SELECT * FROM " + tables.of("custom_traits") + " WHERE name = ?", TRAIT, name).stream()
                .findFirst();
    }

    /** Every trait that at least one provider has. */
    public Set<String> associatedTraits() {
        return new HashSet<>(
                jdbc.queryForList("SELECT DISTINCT trait FROM " + tables.of("provider_traits"), String.class));
    }
}
