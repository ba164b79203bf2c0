package io.inventoryledger.projections.allocation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The allocation projection's tables ({@code consumers}, {@code consumer_incarnations}, {@code allocations},
 * {@code provider_usages}) as its handlers change them: over JDBC for the live tables, in memory for a bulk rebuild.
 */
public interface AllocationRows {
    /** The consumer's owner and generation from a later event of that incarnation; false when none applies. */
    boolean updateConsumer(UUID consumer, int incarnation, String projectId, String userId, String consumerType,
                           long generation, Instant time);

    boolean consumerExists(UUID consumer);

    void insertConsumer(UUID consumer, String streamId, int incarnation, String projectId, String userId,
                        String consumerType, long generation, Instant time);

    void recordIncarnation(UUID consumer, int incarnation);

    /** Deletes that incarnation's consumer row; false when there was none. */
    boolean deleteConsumer(UUID consumer, int incarnation);

    /** The consumer's allocation rows: provider → class → used. */
    Map<UUID, Map<String, Long>> allocationsOf(UUID consumer);

    /** The consumer's allocation rows become exactly {@code allocations}. */
    void replaceAllocations(UUID consumer, Map<UUID, Map<String, Long>> allocations);

    /** {@code used = used + delta} (a new row when none); a row that reaches zero goes. */
    void addUsage(UUID provider, String resourceClass, long delta);

    void clearUsages(UUID provider);
}
