package io.inventoryledger.core.provider;

import io.inventoryledger.core.error.ConflictException;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Placement's rules for allocating on one provider: every requested class has inventory here, each amount
 * respects min_unit, max_unit and step_size, and usage stays within (total - reserved) * allocation_ratio.
 * A broken rule is a 409 worded as Placement words it.
 */
final class AllocationRules {
    private AllocationRules() {}

    /**
     * Checks the amounts {@code after} against {@code inventories}, given what the provider has allocated
     * to consumers outside this write ({@code usedByOthers}); returns the usage afterwards.
     */
    static Map<String, Long> check(
            UUID provider,
            Map<String, Inventory> inventories,
            Map<String, Long> usedByOthers,
            Map<UUID, Map<String, Long>> after) {
        SortedSet<String> requested = new TreeSet<>(ResourceClassOrder.STABLE);
        after.values().forEach(resources -> requested.addAll(resources.keySet()));
        if (!requested.isEmpty() && requested.stream().noneMatch(inventories::containsKey)) {
            throw refused("Inventory for '" + String.join(", ", requested) + "' on resource provider '" + provider
                    + "' invalid.");
        }
        Map<String, Long> used = new TreeMap<>(usedByOthers);
        new TreeMap<>(after)
                .forEach((consumer, resources) -> inStableOrder(resources).forEach((rc, amount) -> {
                    Inventory inventory = inventories.get(rc);
                    if (inventory == null) {
                        throw refused("Inventory for '" + rc + "' on resource provider '" + provider + "' invalid.");
                    }
                    if (amount < inventory.minUnit()
                            || amount > inventory.maxUnit()
                            || amount % inventory.stepSize() != 0) {
                        throw refused("Unable to create allocation for '" + rc + "' on resource provider '" + provider
                                + "'. The requested amount would violate inventory constraints.");
                    }
                    long total = used.merge(rc, amount, Long::sum);
                    if (total > inventory.capacity()) {
                        throw refused("Unable to create allocation for '" + rc + "' on resource provider '" + provider
                                + "'. The requested amount would exceed the capacity.");
                    }
                }));
        used.values().removeIf(amount -> amount == 0);
        return used;
    }

    /** What the provider has allocated once {@code consumersHere} hold nothing here any more. */
    static Map<String, Long> withoutConsumers(Map<String, Long> used, Map<UUID, Map<String, Long>> consumersHere) {
        Map<String, Long> remaining = new TreeMap<>(used);
        consumersHere
                .values()
                .forEach(resources -> resources.forEach((rc, amount) -> remaining.merge(rc, -amount, Long::sum)));
        return remaining;
    }

    private static Map<String, Long> inStableOrder(Map<String, Long> resources) {
        Map<String, Long> ordered = new TreeMap<>(ResourceClassOrder.STABLE);
        ordered.putAll(resources);
        return ordered;
    }

    private static ConflictException refused(String why) {
        return new ConflictException("Unable to allocate inventory: " + why);
    }
}
