package io.inventoryledger.projections.allocation;

import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import io.inventoryledger.core.provider.ProviderAllocationsWritten;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.projections.provider.JdbcProviderRows;
import io.inventoryledger.projections.provider.MemoryProviderRows;
import io.inventoryledger.projections.provider.ProviderProjection;
import io.inventoryledger.projections.provider.ProviderRows;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code consumers}, {@code allocations}, {@code consumer_incarnations} and {@code provider_usages}.
 * Idempotent: a consumer row and a provider row know the last event applied to them; older ones are skipped.
 * The logic is written once over {@link AllocationRows} (SQL live, memory for a bulk rebuild).
 *
 * <p>Usage follows the consumers' events: each applies the difference between the consumer's allocation
 * rows before and after as deltas ({@code used = used + delta}, in provider and class order), never as a
 * total computed from an earlier read, so concurrent writes on one provider cannot overwrite each other.
 */
@ProcessingGroup(ProviderProjection.PROCESSING_GROUP)
public class AllocationProjection {
    /** How a rebuild makes this projection over other tables (or in memory), and the tables it owns. */
    public static final ProjectionDefinition DEFINITION = new ProjectionDefinition(
            "allocations",
            AllocationProjection.class,
            List.of("consumers", "consumer_incarnations", "allocations", "provider_usages"),
            AllocationProjection::new,
            model -> new AllocationProjection(
                    model.store(MemoryProviderRows.class, MemoryProviderRows::new),
                    model.store(MemoryAllocationRows.class, MemoryAllocationRows::new)));

    private final ProviderRows providers;
    private final AllocationRows rows;

    public AllocationProjection(JdbcTemplate jdbc, ReadModelTables tables) {
        this(new JdbcProviderRows(jdbc, tables), new JdbcAllocationRows(jdbc, tables));
    }

    public AllocationProjection(ProviderRows providers, AllocationRows rows) {
        this.providers = providers;
        this.rows = rows;
    }

    @EventHandler
    void on(
            ConsumerAllocationsReplaced event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant time) {
        long generation = sequence + 1;
        var version = new AllocationRows.ConsumerVersion(
                event.consumerUuid(),
                event.incarnation(),
                event.projectId(),
                event.userId(),
                event.consumerType(),
                generation,
                time);
        if (generation == 1) {
            rows.firstWrite(version, event.allocations()); // the incarnation's first: no row to update yet
            return;
        }
        if (rows.updateConsumer(version)) {
            replaceAllocations(event.consumerUuid(), rows.allocationsOf(event.consumerUuid()), event.allocations());
            return;
        }
        if (!rows.insertConsumer(version)) {
            return; // applied already
        }
        rows.recordIncarnation(event.consumerUuid(), event.incarnation());
        replaceAllocations(event.consumerUuid(), rows.allocationsOf(event.consumerUuid()), event.allocations());
    }

    @EventHandler
    void on(ConsumerAllocationsDeleted event) {
        if (rows.deleteConsumer(event.consumerUuid(), event.incarnation())) {
            replaceAllocations(event.consumerUuid(), rows.allocationsOf(event.consumerUuid()), Map.of());
        }
    }

    /** The consumer's allocation rows go from {@code before} to {@code after}; provider usages move by the difference. */
    private void replaceAllocations(
            UUID consumer, Map<UUID, Map<String, Long>> before, Map<UUID, Map<String, Long>> after) {
        rows.replaceAllocations(consumer, !before.isEmpty(), after);
        rows.addUsages(new UsageDeltas().add(before, -1).add(after, 1).inLockOrder());
    }

    /** Only the provider's generation moves: usage follows the consumers' events. */
    @EventHandler
    void on(
            ProviderAllocationsWritten event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant time) {
        providers.advanceLater(event.providerUuid(), sequence, time);
    }

    @EventHandler
    void on(ResourceProviderCreated event) {
        rows.clearUsages(event.providerUuid());
    }

    @EventHandler
    void on(ResourceProviderDeleted event) {
        rows.clearUsages(event.providerUuid());
    }
}
