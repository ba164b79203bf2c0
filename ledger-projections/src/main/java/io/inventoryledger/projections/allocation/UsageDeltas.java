package io.inventoryledger.projections.allocation;

import io.inventoryledger.projections.allocation.AllocationRows.UsageDelta;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Provider usage changes summed per provider and class, in the order their rows are locked: by provider (as
 * PostgreSQL orders uuids), then class. Zero sums drop out.
 */
final class UsageDeltas {
    private final Map<UsageKey, Long> deltas = new TreeMap<>();

    /** Adds {@code sign} times each amount of {@code allocations} (provider → class → amount). */
    UsageDeltas add(Map<UUID, Map<String, Long>> allocations, int sign) {
        allocations.forEach((provider, resources) ->
                resources.forEach((rc, used) -> deltas.merge(new UsageKey(provider, rc), sign * used, Long::sum)));
        return this;
    }

    List<UsageDelta> inLockOrder() {
        return deltas.entrySet().stream()
                .filter(d -> d.getValue() != 0)
                .map(d -> new UsageDelta(d.getKey().provider(), d.getKey().resourceClass(), d.getValue()))
                .toList();
    }

    private record UsageKey(UUID provider, String resourceClass) implements Comparable<UsageKey> {
        @Override
        public int compareTo(UsageKey other) {
            // the order of the uuids' text, without making the text: unsigned, most significant half first
            int byProvider =
                    Long.compareUnsigned(provider.getMostSignificantBits(), other.provider.getMostSignificantBits());
            if (byProvider == 0) {
                byProvider = Long.compareUnsigned(
                        provider.getLeastSignificantBits(), other.provider.getLeastSignificantBits());
            }
            return byProvider != 0 ? byProvider : resourceClass.compareTo(other.resourceClass);
        }
    }
}
