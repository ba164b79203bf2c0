package io.inventoryledger.projections.catalog;

import io.inventoryledger.core.resourceclass.ResourceClassCreated;
import io.inventoryledger.core.resourceclass.ResourceClassDeleted;
import io.inventoryledger.core.resourceclass.ResourceClassRenamed;
import io.inventoryledger.core.trait.TraitCreated;
import io.inventoryledger.core.trait.TraitDeleted;
import io.inventoryledger.projections.provider.ProviderProjection;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code custom_resource_classes} and {@code custom_traits}. Idempotent: rows are replaced, not added.
 * The logic is written once over {@link CatalogRows} (SQL live, memory for a bulk rebuild).
 */
@ProcessingGroup(ProviderProjection.PROCESSING_GROUP)
public class CatalogProjection {
    /** How a rebuild makes this projection over other tables (or in memory), and the tables it owns. */
    public static final ProjectionDefinition DEFINITION = new ProjectionDefinition(
            "catalog",
            CatalogProjection.class,
            List.of("custom_resource_classes", "custom_traits"),
            CatalogProjection::new,
            model -> new CatalogProjection(model.store(MemoryCatalogRows.class, MemoryCatalogRows::new)));

    private final CatalogRows rows;

    public CatalogProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this(new JdbcCatalogRows(jdbc, tables));
    }

    public CatalogProjection(CatalogRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ResourceClassCreated event, @Timestamp Instant time) {
        rows.putResourceClass(event.name(), time);
    }

    @EventHandler
    void on(ResourceClassDeleted event) {
        rows.deleteResourceClass(event.name());
    }

    @EventHandler
    void on(ResourceClassRenamed event) {
        rows.deleteResourceClass(event.name());
    }

    @EventHandler
    void on(TraitCreated event, @Timestamp Instant time) {
        rows.putTrait(event.name(), time);
    }

    @EventHandler
    void on(TraitDeleted event) {
        rows.deleteTrait(event.name());
    }
}
