package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.InventoriesReplaced;
import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.core.provider.InventoryAdded;
import io.inventoryledger.core.provider.InventoryDeleted;
import io.inventoryledger.core.provider.InventoryUpdated;
import io.inventoryledger.core.provider.ProviderStreamId;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.core.provider.ResourceProviderEvent;
import io.inventoryledger.core.provider.ResourceProviderUpdated;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Keeps {@code resource_providers} and {@code inventories}. Idempotent: a provider row remembers the
 * last sequence applied to it (its generation) and older events are skipped.
 */
@ProcessingGroup(ProviderProjection.PROCESSING_GROUP)
public class ProviderProjection {
    public static final String PROCESSING_GROUP = "placement-read-model";

    /** How a rebuild makes this projection over other tables, and the tables it owns. */
    public static final ProjectionDefinition DEFINITION = new ProjectionDefinition("providers",
            ProviderProjection.class, List.of("resource_providers", "provider_incarnations", "inventories"),
            ProviderProjection::new);

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    public ProviderProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @EventHandler
    void on(ResourceProviderCreated event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant time) {
        if (lastIncarnation(event.providerUuid()) >= event.incarnation()) {
            return; // this incarnation was created already (and may be deleted since): a replay
        }
        UUID root = event.parentProviderUuid() == null ? event.providerUuid() : rootOf(event.parentProviderUuid());
        Timestamp at = storedPrecision(time);
        jdbc.update("DELETE FROM " + tables.of("inventories") + " WHERE provider_uuid = ?", event.providerUuid());
        jdbc.update("INSERT INTO " + tables.of("resource_providers")
                        + " (uuid, stream_id, incarnation, name, generation, parent_uuid, root_uuid, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.providerUuid(), ProviderStreamId.of(event.providerUuid(), event.incarnation()),
                event.incarnation(), event.name(), sequence, event.parentProviderUuid(), root, at, at);
        if (jdbc.update("UPDATE " + tables.of("provider_incarnations") + " SET incarnation = ? WHERE uuid = ?",
                event.incarnation(), event.providerUuid()) == 0) {
            jdbc.update("INSERT INTO " + tables.of("provider_incarnations") + " (uuid, incarnation) VALUES (?, ?)",
                    event.providerUuid(), event.incarnation());
        }
    }

    @EventHandler
    void on(InventoriesReplaced event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant time) {
        if (advance(event, sequence, time)) {
            jdbc.update("DELETE FROM " + tables.of("inventories") + " WHERE provider_uuid = ?", event.providerUuid());
            event.inventories().forEach((rc, inventory) -> insert(event.providerUuid(), rc, inventory));
        }
    }

    @EventHandler
    void on(InventoryAdded event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant time) {
        if (advance(event, sequence, time)) {
            insert(event.providerUuid(), event.resourceClass(), event.inventory());
        }
    }

    @EventHandler
    void on(InventoryUpdated event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant time) {
        if (advance(event, sequence, time)) {
            Inventory inv = event.inventory();
            jdbc.update("UPDATE " + tables.of("inventories") + " SET total = ?, reserved = ?, min_unit = ?,"
                            + " max_unit = ?, step_size = ?, allocation_ratio = ?"
                            + " WHERE provider_uuid = ? AND resource_class = ?",
                    inv.total(), inv.reserved(), inv.minUnit(), inv.maxUnit(), inv.stepSize(),
                    inv.allocationRatio(), event.providerUuid(), event.resourceClass());
        }
    }

    @EventHandler
    void on(InventoryDeleted event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant time) {
        if (advance(event, sequence, time)) {
            jdbc.update("DELETE FROM " + tables.of("inventories") + " WHERE provider_uuid = ? AND resource_class = ?",
                    event.providerUuid(), event.resourceClass());
        }
    }

    @EventHandler
    void on(ResourceProviderDeleted event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant time) {
        if (advance(event, sequence, time)) {
            jdbc.update("DELETE FROM " + tables.of("inventories") + " WHERE provider_uuid = ?", event.providerUuid());
            jdbc.update("DELETE FROM " + tables.of("resource_providers") + " WHERE uuid = ?", event.providerUuid());
        }
    }

    /** {@code sequence} is the profile stream's, not the generation: Placement does not count this change. */
    @EventHandler
    void on(ResourceProviderUpdated event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant time) {
        UUID root = event.parentProviderUuid() == null ? event.providerUuid() : rootOf(event.parentProviderUuid());
        int changed = jdbc.update("UPDATE " + tables.of("resource_providers")
                        + " SET name = ?, parent_uuid = ?, root_uuid = ?, updated_at = ?, profile_version = ?"
                        + " WHERE uuid = ? AND incarnation = ? AND profile_version < ?",
                event.name(), event.parentProviderUuid(), root, storedPrecision(time), sequence, event.providerUuid(),
                event.incarnation(), sequence);
        if (changed > 0) {
            moveSubtreeTo(event.providerUuid(), root);
        }
    }

    /** Records the provider's new generation; false when this event was applied already. */
    private boolean advance(ResourceProviderEvent event, long sequence, Instant time) {
        return jdbc.update("UPDATE " + tables.of("resource_providers")
                        + " SET generation = ?, updated_at = ? WHERE uuid = ? AND generation < ?",
                sequence, storedPrecision(time), event.providerUuid(), sequence) > 0;
    }

    private void insert(UUID provider, String resourceClass, Inventory inv) {
        jdbc.update("INSERT INTO " + tables.of("inventories") + " (provider_uuid, resource_class, total, reserved,"
                        + " min_unit, max_unit, step_size, allocation_ratio) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                provider, resourceClass, inv.total(), inv.reserved(), inv.minUnit(), inv.maxUnit(), inv.stepSize(),
                inv.allocationRatio());
    }

    /**
     * The event store keeps event times to the millisecond: the live tables must hold no finer time than
     * a rebuild from the stored history can give.
     */
    private static Timestamp storedPrecision(Instant time) {
        return Timestamp.from(time.truncatedTo(ChronoUnit.MILLIS));
    }

    private int lastIncarnation(UUID provider) {
        List<Integer> found = jdbc.queryForList("SELECT incarnation FROM " + tables.of("provider_incarnations")
                + " WHERE uuid = ?", Integer.class, provider);
        return found.isEmpty() ? 0 : found.get(0);
    }

    private UUID rootOf(UUID provider) {
        List<UUID> roots = jdbc.queryForList("SELECT root_uuid FROM " + tables.of("resource_providers")
                + " WHERE uuid = ?", UUID.class, provider);
        return roots.isEmpty() ? provider : roots.get(0);
    }

    /** Every descendant follows its ancestor to the new root, as Placement does on re-parenting. */
    private void moveSubtreeTo(UUID top, UUID root) {
        Deque<UUID> pending = new ArrayDeque<>(List.of(top));
        while (!pending.isEmpty()) {
            UUID parent = pending.pop();
            List<UUID> children = jdbc.queryForList("SELECT uuid FROM " + tables.of("resource_providers")
                    + " WHERE parent_uuid = ?", UUID.class, parent);
            for (UUID child : children) {
                jdbc.update("UPDATE " + tables.of("resource_providers") + " SET root_uuid = ? WHERE uuid = ?", root,
                        child);
                pending.push(child);
            }
        }
    }
}
