package io.inventoryledger.projections.history;

import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import io.inventoryledger.core.provider.InventoriesReplaced;
import io.inventoryledger.core.provider.InventoryAdded;
import io.inventoryledger.core.provider.InventoryDeleted;
import io.inventoryledger.core.provider.InventoryUpdated;
import io.inventoryledger.core.provider.ProviderAggregatesReplaced;
import io.inventoryledger.core.provider.ProviderAggregatesReplacedUncounted;
import io.inventoryledger.core.provider.ProviderAllocationsWritten;
import io.inventoryledger.core.provider.ProviderTraitsReplaced;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.core.provider.ResourceProviderEvent;
import io.inventoryledger.core.provider.ResourceProviderUpdated;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the time-travel tables: a provider's shape after every change of it and its usage after every change of
 * it, keyed by the event's position, so that its state at any generation or instant is two row lookups.
 *
 * <p>Usage follows what each consumer holds on each provider ({@code history_holdings}). A write that allocates
 * against a provider records, on the provider's own event, every consumer of the write with what it holds there
 * afterwards: that event makes the usage row (with the new generation), whichever of the write's events comes
 * first. A consumer's event makes a usage row only for providers it left or shrank on without allocating there
 * (Placement does not move their generation). Its own tracking processor ({@link #PROCESSING_GROUP}) applies the
 * events one after another in the store's order, a batch per transaction, off the commands' transactions.
 */
@ProcessingGroup(HistoryStateProjection.PROCESSING_GROUP)
public class HistoryStateProjection {
    /** The asynchronous processor of the time-travel tables (its token in {@code token_entry}). */
    public static final String PROCESSING_GROUP = "history-read-model";

    public static final ProjectionDefinition DEFINITION = new ProjectionDefinition(
            "history",
            HistoryStateProjection.class,
            List.of("history_provider_shapes", "history_provider_usages", "history_holdings"),
            HistoryStateProjection::new,
            model -> new HistoryStateProjection(
                    model.store(MemoryHistoryStateRows.class, MemoryHistoryStateRows::new), EventPositions.decoded()));

    private final HistoryStateRows rows;
    private final EventPositions positions;

    public HistoryStateProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this(new JdbcHistoryStateRows(jdbc, tables), EventPositions.stored(jdbc));
    }

    public HistoryStateProjection(HistoryStateRows rows, EventPositions positions) {
        this.rows = rows;
        this.positions = positions;
    }

    @EventHandler
    void on(ResourceProviderCreated event, EventMessage<?> message, @Timestamp Instant time) {
        rows.insertShape(
                event.providerUuid(),
                positions.of(message),
                time,
                new ProviderShape(ProviderSnapshot.created(event), false),
                0L);
    }

    @EventHandler
    void on(InventoriesReplaced event, EventMessage<?> message, @SequenceNumber long seq, @Timestamp Instant time) {
        counted(event, message, seq, time, s -> s.withInventories(event.inventories()));
    }

    @EventHandler
    void on(InventoryAdded event, EventMessage<?> message, @SequenceNumber long seq, @Timestamp Instant time) {
        counted(event, message, seq, time, s -> s.withInventory(event.resourceClass(), event.inventory()));
    }

    @EventHandler
    void on(InventoryUpdated event, EventMessage<?> message, @SequenceNumber long seq, @Timestamp Instant time) {
        counted(event, message, seq, time, s -> s.withInventory(event.resourceClass(), event.inventory()));
    }

    @EventHandler
    void on(InventoryDeleted event, EventMessage<?> message, @SequenceNumber long seq, @Timestamp Instant time) {
        counted(event, message, seq, time, s -> s.withInventory(event.resourceClass(), null));
    }

    @EventHandler
    void on(ProviderTraitsReplaced event, EventMessage<?> message, @SequenceNumber long seq, @Timestamp Instant time) {
        counted(event, message, seq, time, s -> s.withTraits(event.traits()));
    }

    @EventHandler
    void on(
            ProviderAggregatesReplaced event,
            EventMessage<?> message,
            @SequenceNumber long seq,
            @Timestamp Instant time) {
        counted(event, message, seq, time, s -> s.withAggregates(event.aggregates()));
    }

    @EventHandler
    void on(ProviderAggregatesReplacedUncounted event, EventMessage<?> message, @Timestamp Instant time) {
        shape(event.providerUuid(), message, time, s -> s.withAggregates(event.aggregates()), false, null);
    }

    @EventHandler
    void on(ResourceProviderUpdated event, EventMessage<?> message, @Timestamp Instant time) {
        shape(
                event.providerUuid(),
                message,
                time,
                s -> s.renamed(event.name(), event.parentProviderUuid()),
                false,
                null);
    }

    @EventHandler
    void on(ResourceProviderDeleted event, EventMessage<?> message, @SequenceNumber long seq, @Timestamp Instant time) {
        shape(event.providerUuid(), message, time, s -> s, true, seq);
    }

    /** A change of the provider's own stream, which makes its generation {@code seq}. */
    private void counted(
            ResourceProviderEvent event,
            EventMessage<?> message,
            long seq,
            Instant time,
            UnaryOperator<ProviderSnapshot> change) {
        shape(event.providerUuid(), message, time, change, false, seq);
    }

    /** A change of the provider's last shape; {@code generation} null when Placement does not count it. */
    private void shape(
            UUID provider,
            EventMessage<?> message,
            Instant time,
            UnaryOperator<ProviderSnapshot> change,
            boolean deleted,
            Long generation) {
        rows.lastShape(provider)
                .filter(last -> !last.deleted())
                .ifPresent(last -> rows.insertShape(
                        provider,
                        positions.of(message),
                        time,
                        new ProviderShape(change.apply(last.snapshot()), deleted),
                        generation));
    }

    @EventHandler
    void on(
            ProviderAllocationsWritten event,
            EventMessage<?> message,
            @SequenceNumber long seq,
            @Timestamp Instant time) {
        UUID provider = event.providerUuid();
        long position = positions.of(message);
        if (rows.hasUsageAt(provider, position)) {
            return; // applied already
        }
        Map<UUID, Map<String, Long>> before =
                rows.holdingsOn(provider, event.consumers().keySet());
        Map<String, Long> usage = new TreeMap<>(rows.lastUsage(provider));
        event.consumers().forEach((consumer, after) -> {
            Map<String, Long> held = before.getOrDefault(consumer, Map.of());
            if (!held.equals(after)) {
                rows.hold(provider, consumer, held, after);
                move(usage, held, after);
            }
        });
        rows.insertUsage(provider, position, time, seq, usage);
    }

    @EventHandler
    void on(ConsumerAllocationsReplaced event, EventMessage<?> message, @Timestamp Instant time) {
        consumerChanged(event.consumerUuid(), event.allocations(), message, time);
    }

    @EventHandler
    void on(ConsumerAllocationsDeleted event, EventMessage<?> message, @Timestamp Instant time) {
        consumerChanged(event.consumerUuid(), Map.of(), message, time);
    }

    /**
     * Providers the consumer allocates against are left to their own event of the same write; on the others it
     * released or shrank, and that is a usage row of its own.
     */
    private void consumerChanged(
            UUID consumer, Map<UUID, Map<String, Long>> allocations, EventMessage<?> message, Instant time) {
        Map<UUID, Map<String, Long>> held = rows.holdingsOf(consumer);
        Set<UUID> left = new HashSet<>(held.keySet());
        left.removeAll(allocations.keySet());
        Long position = null;
        for (UUID provider : new java.util.TreeSet<>(left)) {
            if (position == null) {
                position = positions.of(message);
            }
            if (rows.hasUsageAt(provider, position)) {
                continue; // applied already
            }
            Map<String, Long> usage = new TreeMap<>(rows.lastUsage(provider));
            move(usage, held.get(provider), Map.of());
            rows.hold(provider, consumer, held.get(provider), Map.of());
            rows.insertUsage(provider, position, time, null, usage);
        }
    }

    private static void move(Map<String, Long> usage, Map<String, Long> before, Map<String, Long> after) {
        before.forEach((rc, n) -> usage.merge(rc, -n, Long::sum));
        after.forEach((rc, n) -> usage.merge(rc, n, Long::sum));
        usage.values().removeIf(n -> n == 0);
    }
}
