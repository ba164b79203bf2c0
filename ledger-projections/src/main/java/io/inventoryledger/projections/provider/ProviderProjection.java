package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.InventoriesReplaced;
import io.inventoryledger.core.provider.InventoryAdded;
import io.inventoryledger.core.provider.InventoryDeleted;
import io.inventoryledger.core.provider.InventoryUpdated;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.core.provider.ResourceProviderEvent;
import io.inventoryledger.core.provider.ResourceProviderUpdated;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code resource_providers} and {@code inventories}. Idempotent: a provider row remembers the
 * last sequence applied to it (its generation) and older events are skipped. The logic is written once over
 * {@link ProviderRows}: SQL for the live tables, memory for a bulk rebuild.
 */
@ProcessingGroup(ProviderProjection.PROCESSING_GROUP)
public class ProviderProjection {
    public static final String PROCESSING_GROUP = "placement-read-model";

    /** How a rebuild makes this projection over other tables (or in memory), and the tables it owns. */
    public static final ProjectionDefinition DEFINITION = new ProjectionDefinition(
            "providers",
            ProviderProjection.class,
            List.of("resource_providers", "provider_incarnations", "inventories"),
            ProviderProjection::new,
            model -> new ProviderProjection(model.store(MemoryProviderRows.class, MemoryProviderRows::new)));

    private final ProviderRows rows;

    public ProviderProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this(new JdbcProviderRows(jdbc, tables));
    }

    public ProviderProjection(ProviderRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ResourceProviderCreated event, @SequenceNumber long sequence, @Timestamp Instant time) {
        if (rows.lastIncarnation(event.providerUuid()) >= event.incarnation()) {
            return; // this incarnation was created already (and may be deleted since): a replay
        }
        UUID root = event.parentProviderUuid() == null ? event.providerUuid() : rows.rootOf(event.parentProviderUuid());
        rows.deleteInventories(event.providerUuid());
        rows.insert(new ProviderRows.NewProvider(
                event.providerUuid(),
                event.incarnation(),
                event.name(),
                sequence,
                event.parentProviderUuid(),
                root,
                time));
        rows.recordIncarnation(event.providerUuid(), event.incarnation());
    }

    @EventHandler
    void on(InventoriesReplaced event, @SequenceNumber long sequence, @Timestamp Instant time) {
        ifAdvanced(event, sequence, time, uuid -> {
            rows.deleteInventories(uuid);
            event.inventories().forEach((rc, inventory) -> rows.insertInventory(uuid, rc, inventory));
        });
    }

    @EventHandler
    void on(InventoryAdded event, @SequenceNumber long sequence, @Timestamp Instant time) {
        ifAdvanced(event, sequence, time, uuid -> rows.insertInventory(uuid, event.resourceClass(), event.inventory()));
    }

    @EventHandler
    void on(InventoryUpdated event, @SequenceNumber long sequence, @Timestamp Instant time) {
        ifAdvanced(event, sequence, time, uuid -> rows.updateInventory(uuid, event.resourceClass(), event.inventory()));
    }

    @EventHandler
    void on(InventoryDeleted event, @SequenceNumber long sequence, @Timestamp Instant time) {
        ifAdvanced(event, sequence, time, uuid -> rows.deleteInventory(uuid, event.resourceClass()));
    }

    @EventHandler
    void on(ResourceProviderDeleted event, @SequenceNumber long sequence, @Timestamp Instant time) {
        ifAdvanced(event, sequence, time, uuid -> {
            rows.deleteInventories(uuid);
            rows.delete(uuid);
        });
    }

    /** Applies {@code change} to the event's provider only when the event moves its generation (else: a replay). */
    private void ifAdvanced(ResourceProviderEvent event, long sequence, Instant time, Consumer<UUID> change) {
        if (rows.advance(event.providerUuid(), sequence, time)) {
            change.accept(event.providerUuid());
        }
    }

    /** {@code sequence} is the profile stream's, not the generation: Placement does not count this change. */
    @EventHandler
    void on(ResourceProviderUpdated event, @SequenceNumber long sequence, @Timestamp Instant time) {
        UUID root = event.parentProviderUuid() == null ? event.providerUuid() : rows.rootOf(event.parentProviderUuid());
        if (rows.updateProfile(
                event.providerUuid(),
                event.incarnation(),
                event.name(),
                event.parentProviderUuid(),
                root,
                time,
                sequence)) {
            moveSubtreeTo(event.providerUuid(), root);
        }
    }

    /** Every descendant follows its ancestor to the new root, as Placement does on re-parenting. */
    private void moveSubtreeTo(UUID top, UUID root) {
        Deque<UUID> pending = new ArrayDeque<>(List.of(top));
        while (!pending.isEmpty()) {
            UUID parent = pending.pop();
            for (UUID child : rows.childrenOf(parent)) {
                rows.setRoot(child, root);
                pending.push(child);
            }
        }
    }
}
