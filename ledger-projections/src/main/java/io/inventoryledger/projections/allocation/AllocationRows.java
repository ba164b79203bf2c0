package io.inventoryledger.projections.allocation;

import io.inventoryledger.core.consumer.ConsumerStreamId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The allocation projection's tables ({@code consumers}, {@code consumer_incarnations}, {@code allocations},
 * {@code provider_usages}) as its handlers change them: over JDBC for the live tables, in memory for a bulk rebuild.
 */
public interface AllocationRows {
    /** The consumer's owner and generation from a later event of that incarnation; false when none applies. */
    boolean updateConsumer(ConsumerVersion version);

    /** Inserts the consumer's row unless it exists (the event was applied already); true when inserted. */
    boolean insertConsumer(ConsumerVersion version);

    void recordIncarnation(UUID consumer, int incarnation);

    /**
     * An incarnation's first write (generation 1): its consumer row, its incarnation, its allocation rows and the
     * usage they add, unless its row exists (the event was applied already). A store may write it later in the
     * same transaction, with other first writes, before anything else it is asked.
     */
    default void firstWrite(ConsumerVersion version, Map<UUID, Map<String, Long>> allocations) {
        if (insertConsumer(version)) {
            recordIncarnation(version.consumer(), version.incarnation());
            replaceAllocations(version.consumer(), false, allocations);
            addUsages(new UsageDeltas().add(allocations, 1).inLockOrder());
        }
    }

    /** Deletes that incarnation's consumer row; false when there was none. */
    boolean deleteConsumer(UUID consumer, int incarnation);

    /** The consumer's allocation rows: provider → class → used. */
    Map<UUID, Map<String, Long>> allocationsOf(UUID consumer);

    /** The consumer's allocation rows become exactly {@code allocations}; {@code hadRows} false: it had none. */
    void replaceAllocations(UUID consumer, boolean hadRows, Map<UUID, Map<String, Long>> allocations);

    /** {@code used = used + delta} (a new row when none); a row that reaches zero goes. */
    void addUsage(UUID provider, String resourceClass, long delta);

    /** {@link #addUsage} for each delta, in the given order (the order rows are locked in). */
    default void addUsages(List<UsageDelta> deltas) {
        deltas.forEach(d -> addUsage(d.provider(), d.resourceClass(), d.delta()));
    }

    void clearUsages(UUID provider);

    /** What one event says of a consumer incarnation's row: its owner, generation and time. */
    record ConsumerVersion(
            UUID consumer,
            int incarnation,
            String projectId,
            String userId,
            String consumerType,
            long generation,
            Instant time) {
        String streamId() {
            return ConsumerStreamId.of(consumer, incarnation);
        }
    }

    /** A change of one provider's usage of one class. */
    record UsageDelta(UUID provider, String resourceClass, long delta) {}
}
