package io.inventoryledger.projections.dashboard;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;

/** A consumer's allocations as one text column: {@code provider:CLASS=amount,CLASS=amount;provider:...}, sorted. */
final class AllocationText {
    private AllocationText() {}

    static String format(Map<UUID, Map<String, Long>> allocations) {
        StringJoiner providers = new StringJoiner(";");
        new TreeMap<>(allocations).forEach((provider, byClass) -> {
            StringJoiner classes = new StringJoiner(",", provider + ":", "");
            new TreeMap<>(byClass).forEach((rc, amount) -> classes.add(rc + "=" + amount));
            providers.add(classes.toString());
        });
        return providers.toString();
    }

    static Map<UUID, Map<String, Long>> parse(String text) {
        Map<UUID, Map<String, Long>> allocations = new TreeMap<>();
        if (text.isEmpty()) {
            return allocations;
        }
        for (String provider : text.split(";")) {
            int colon = provider.indexOf(':');
            Map<String, Long> byClass = new TreeMap<>();
            for (String pair : provider.substring(colon + 1).split(",")) {
                int eq = pair.indexOf('=');
                byClass.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
            }
            allocations.put(UUID.fromString(provider.substring(0, colon)), byClass);
        }
        return allocations;
    }
}
