package io.inventoryledger.projections.dashboard;

import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import io.inventoryledger.core.provider.InventoriesReplaced;
import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.core.provider.InventoryAdded;
import io.inventoryledger.core.provider.InventoryDeleted;
import io.inventoryledger.core.provider.InventoryUpdated;
import io.inventoryledger.core.provider.ProviderAggregatesReplaced;
import io.inventoryledger.core.provider.ProviderAggregatesReplacedUncounted;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.core.provider.ResourceProviderUpdated;
import io.inventoryledger.projections.dashboard.DashboardRows.ClassRow;
import io.inventoryledger.projections.dashboard.DashboardRows.Provider;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the dashboard tables, off the commands' transactions: its own tracking processor ({@link #PROCESSING_GROUP})
 * applies the events in the store's order, a batch per transaction, and the sums' deltas of a batch are merged
 * before they are written ({@link DashboardDeltaBatch}):
 * each provider's figures per class, the sums per class, aggregate and root (by deltas, in shards), usage per
 * project and user, usage changes per minute and hour, and claims and releases per provider and minute. The logic
 * is written once over {@link DashboardRows}. Idempotent: provider and consumer rows know the last event applied.
 */
@ProcessingGroup(DashboardProjection.PROCESSING_GROUP)
public class DashboardProjection {
    /** The asynchronous processor of the dashboard read model (its token in {@code token_entry}). */
    public static final String PROCESSING_GROUP = "dashboard-read-model";

    static final List<String> TABLES = List.of(
            "dashboard_providers",
            "dashboard_provider_classes",
            "dashboard_provider_aggregates",
            "dashboard_totals",
            "dashboard_consumers",
            "dashboard_owner_usage",
            "dashboard_usage_series",
            "dashboard_provider_activity");

    private final DashboardRows rows;
    private final DashboardRetention retention;
    private final DashboardChanges changes;

    public DashboardProjection(DashboardRows rows, DashboardRetention retention) {
        this.rows = rows;
        this.retention = retention;
        this.changes = new DashboardChanges(rows);
    }

    /** How a rebuild makes this projection (over other tables, or in memory) with this retention. */
    public static ProjectionDefinition definition(DashboardRetention retention) {
        return new ProjectionDefinition(
                "dashboard",
                DashboardProjection.class,
                TABLES,
                (JdbcTemplate jdbc, ReadModelTables tables) ->
                        new DashboardProjection(new JdbcDashboardRows(jdbc, tables), retention),
                model -> new DashboardProjection(
                        model.store(MemoryDashboardRows.class, MemoryDashboardRows::new), retention));
    }

    @EventHandler
    void on(ResourceProviderCreated event, @SequenceNumber long sequence) {
        if (rows.provider(event.providerUuid()).isPresent()) {
            return; // applied already
        }
        UUID parent = event.parentProviderUuid();
        UUID root = parent == null
                ? event.providerUuid()
                : rows.provider(parent).map(Provider::root).orElse(parent);
        rows.insertProvider(new Provider(event.providerUuid(), event.name(), parent, root, sequence, -1));
    }

    @EventHandler
    void on(ResourceProviderUpdated event, @SequenceNumber long sequence) {
        Provider provider = lockedForProfile(event.providerUuid(), sequence);
        if (provider == null) {
            return;
        }
        UUID parent = event.parentProviderUuid();
        UUID root = parent == null
                ? provider.uuid()
                : rows.provider(parent).map(Provider::root).orElse(parent);
        rows.updateProvider(
                new Provider(provider.uuid(), event.name(), parent, provider.root(), provider.generation(), sequence));
        if (!root.equals(provider.root())) {
            changes.moveSubtree(provider.uuid(), provider.root(), root);
        }
    }

    @EventHandler
    void on(ResourceProviderDeleted event, @SequenceNumber long sequence) {
        Provider provider = lockedForStream(event.providerUuid(), sequence);
        if (provider == null) {
            return;
        }
        Map<String, ClassRow> classes = rows.classesOf(provider.uuid());
        Set<UUID> aggregates = rows.aggregatesOf(provider.uuid());
        classes.forEach((rc, row) -> rows.putClass(provider.uuid(), rc, ClassRow.NONE));
        changes.addToSums(provider, aggregates, classes, -1);
        rows.replaceAggregates(provider.uuid(), List.of());
        rows.deleteProvider(provider.uuid());
    }

    @EventHandler
    void on(InventoriesReplaced event, @SequenceNumber long sequence) {
        setInventories(event.providerUuid(), sequence, event.inventories(), true);
    }

    @EventHandler
    void on(InventoryAdded event, @SequenceNumber long sequence) {
        setInventories(event.providerUuid(), sequence, Map.of(event.resourceClass(), event.inventory()), false);
    }

    @EventHandler
    void on(InventoryUpdated event, @SequenceNumber long sequence) {
        setInventories(event.providerUuid(), sequence, Map.of(event.resourceClass(), event.inventory()), false);
    }

    @EventHandler
    void on(InventoryDeleted event, @SequenceNumber long sequence) {
        Map<String, Inventory> removed = new HashMap<>();
        removed.put(event.resourceClass(), null);
        setInventories(event.providerUuid(), sequence, removed, false);
    }

    /** The provider's inventories of the named classes (null: none) become these; all others too when replacing. */
    private void setInventories(UUID uuid, long sequence, Map<String, Inventory> inventories, boolean replaceAll) {
        Provider provider = lockedForStream(uuid, sequence);
        if (provider == null) {
            return;
        }
        Map<String, ClassRow> before = rows.classesOf(uuid);
        Set<String> classes = new LinkedHashSet<>(inventories.keySet());
        if (replaceAll) {
            classes.addAll(before.keySet());
        }
        Map<String, ClassRow[]> moved = new TreeMap<>();
        for (String rc : classes) {
            ClassRow old = before.getOrDefault(rc, ClassRow.NONE);
            Inventory inventory = inventories.get(rc);
            ClassRow now = inventory == null
                    ? new ClassRow(0, 0, 0, old.used())
                    : new ClassRow(inventory.total(), inventory.reserved(), inventory.capacity(), old.used());
            if (!now.equals(old)) {
                moved.put(rc, new ClassRow[] {old, now});
            }
        }
        changes.apply(provider, moved);
    }

    @EventHandler
    void on(ProviderAggregatesReplaced event, @SequenceNumber long sequence) {
        Provider provider = lockedForStream(event.providerUuid(), sequence);
        if (provider != null) {
            changes.replaceAggregates(provider, event.aggregates());
        }
    }

    @EventHandler
    void on(ProviderAggregatesReplacedUncounted event, @SequenceNumber long sequence) {
        Provider provider = lockedForProfile(event.providerUuid(), sequence);
        if (provider != null) {
            changes.replaceAggregates(provider, event.aggregates());
        }
    }

    @EventHandler
    void on(ConsumerAllocationsReplaced event, @SequenceNumber long sequence, @Timestamp Instant time) {
        long generation = sequence + 1;
        var before = rows.consumer(event.consumerUuid());
        if (before.isPresent()
                && before.get().incarnation() == event.incarnation()
                && before.get().generation() >= generation) {
            return; // applied already
        }
        var after = new DashboardRows.Consumer(
                event.incarnation(), generation, event.projectId(), event.userId(), event.allocations());
        new ConsumerChange(rows, retention, event.consumerUuid(), before.orElse(null), after, time).apply();
        rows.putConsumer(event.consumerUuid(), after, before.isPresent());
    }

    @EventHandler
    void on(ConsumerAllocationsDeleted event, @Timestamp Instant time) {
        var before = rows.consumer(event.consumerUuid());
        if (before.isEmpty() || before.get().incarnation() != event.incarnation()) {
            return; // applied already
        }
        var after = new DashboardRows.Consumer(
                event.incarnation(), 0, before.get().projectId(), before.get().userId(), Map.of());
        new ConsumerChange(rows, retention, event.consumerUuid(), before.get(), after, time).apply();
        rows.deleteConsumer(event.consumerUuid());
    }

    /** The provider's row, locked, when this event of its own stream is new to it; else null. */
    private Provider lockedForStream(UUID uuid, long sequence) {
        Provider provider = rows.lockProviders(List.of(uuid)).get(uuid);
        if (provider == null || sequence <= provider.generation()) {
            return null;
        }
        Provider advanced = new Provider(
                provider.uuid(),
                provider.name(),
                provider.parent(),
                provider.root(),
                sequence,
                provider.profileVersion());
        rows.updateProvider(advanced);
        return advanced;
    }

    /** The same for an event of its profile stream. */
    private Provider lockedForProfile(UUID uuid, long sequence) {
        Provider provider = rows.lockProviders(List.of(uuid)).get(uuid);
        if (provider == null || sequence <= provider.profileVersion()) {
            return null;
        }
        Provider advanced = new Provider(
                provider.uuid(), provider.name(), provider.parent(), provider.root(), provider.generation(), sequence);
        rows.updateProvider(advanced);
        return advanced;
    }
}
