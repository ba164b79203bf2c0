package io.inventoryledger.projections.consistency;

import java.util.List;

/**
 * The outcome of a consistency check. {@code overCapacity} is for attention, not an inconsistency: Placement lets
 * an operator shrink inventory below what is already allocated.
 */
public record ConsistencyReport(
        boolean consistent,
        int providersChecked,
        int consumersChecked,
        List<Problem> problems,
        List<Problem> overCapacity) {
    public ConsistencyReport {
        problems = List.copyOf(problems);
        overCapacity = List.copyOf(overCapacity);
    }

    /** What was found ({@link Kind}), about which provider or consumer, in words. */
    public record Problem(Kind kind, String subject, String detail) {}

    public enum Kind {
        /** A consumer's allocation rows are not what its stream records. */
        CONSUMER_ALLOCATIONS_DIFFER,
        /** Allocation rows of a consumer whose stream has ended (or never was). */
        ORPHAN_ALLOCATIONS,
        /** A provider's usage rows or allocation sums are not the sum of its consumers' allocations. */
        PROVIDER_USAGE_DIFFERS,
        /** A provider row whose stream has ended. */
        PROVIDER_STREAM_ENDED,
        /** Consumers' streams hold allocations on a provider the read model does not have. */
        ALLOCATIONS_ON_UNKNOWN_PROVIDER,
        /** More allocated than the inventory's capacity (Placement allows it after an inventory shrank). */
        OVER_CAPACITY
    }
}
