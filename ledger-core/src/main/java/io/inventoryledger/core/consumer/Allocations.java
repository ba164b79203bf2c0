package io.inventoryledger.core.consumer;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Helpers for allocation sets: provider uuid → resource class → amount, kept sorted and unmodifiable. */
public final class Allocations {
    private Allocations() {}

    public static Map<UUID, Map<String, Long>> copy(Map<UUID, Map<String, Long>> allocations) {
        Map<UUID, Map<String, Long>> copy = new TreeMap<>();
        if (allocations != null) {
            allocations.forEach(
                    (provider, resources) -> copy.put(provider, Collections.unmodifiableMap(new TreeMap<>(resources))));
        }
        return Collections.unmodifiableMap(copy);
    }
}
