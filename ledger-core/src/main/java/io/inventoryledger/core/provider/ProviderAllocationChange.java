package io.inventoryledger.core.provider;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The part of a write that concerns one provider: per consumer of the write, what it holds here now
 * ({@code before}) and what it will hold here ({@code after}; a consumer absent from it holds nothing here
 * any more).
 */
public record ProviderAllocationChange(Map<UUID, Map<String, Long>> before, Map<UUID, Map<String, Long>> after) {
    public ProviderAllocationChange {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    /** Every consumer of the change with what it holds here afterwards (empty: nothing any more). */
    public Map<UUID, Map<String, Long>> consumersAfter() {
        Map<UUID, Map<String, Long>> consumers = new TreeMap<>();
        before.keySet().forEach(consumer -> consumers.put(consumer, Map.of()));
        consumers.putAll(after);
        return consumers;
    }

    /** The provider's usage once this change is made, given its usage {@code now}. */
    public Map<String, Long> usageAfter(Map<String, Long> now) {
        Map<String, Long> used = AllocationRules.withoutConsumers(now, before);
        after.values().forEach(resources -> resources.forEach((rc, amount) -> used.merge(rc, amount, Long::sum)));
        used.values().removeIf(amount -> amount <= 0);
        return used;
    }
}
