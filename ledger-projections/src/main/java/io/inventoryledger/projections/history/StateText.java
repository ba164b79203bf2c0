package io.inventoryledger.projections.history;

import io.inventoryledger.core.provider.Inventory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The text forms of the time-travel tables' columns: resource class and trait names are [A-Z0-9_]+ and aggregates
 * are uuids, so plain separators cannot be ambiguous.
 */
final class StateText {
    private StateText() {}

    static String inventories(Map<String, Inventory> inventories) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(inventories)
                .forEach((rc, inv) -> text.append(text.isEmpty() ? "" : ";")
                        .append(rc)
                        .append(':')
                        .append(inv.total())
                        .append(',')
                        .append(inv.reserved())
                        .append(',')
                        .append(inv.minUnit())
                        .append(',')
                        .append(inv.maxUnit())
                        .append(',')
                        .append(inv.stepSize())
                        .append(',')
                        .append(inv.allocationRatio()));
        return text.toString();
    }

    static Map<String, Inventory> inventories(String text) {
        Map<String, Inventory> inventories = new TreeMap<>();
        for (String item : split(text, ";")) {
            int colon = item.indexOf(':');
            String[] f = item.substring(colon + 1).split(",");
            inventories.put(
                    item.substring(0, colon),
                    new Inventory(
                            Long.parseLong(f[0]),
                            Long.parseLong(f[1]),
                            Long.parseLong(f[2]),
                            Long.parseLong(f[3]),
                            Long.parseLong(f[4]),
                            Double.parseDouble(f[5])));
        }
        return Collections.unmodifiableMap(inventories);
    }

    static String usages(Map<String, Long> usages) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(usages).forEach((rc, used) -> {
            if (used != 0) {
                text.append(text.isEmpty() ? "" : ",").append(rc).append('=').append(used);
            }
        });
        return text.toString();
    }

    static Map<String, Long> usages(String text) {
        Map<String, Long> usages = new TreeMap<>();
        for (String item : split(text, ",")) {
            int eq = item.indexOf('=');
            usages.put(item.substring(0, eq), Long.parseLong(item.substring(eq + 1)));
        }
        return usages;
    }

    static String list(Collection<?> values) {
        List<String> text = new ArrayList<>();
        values.forEach(v -> text.add(v.toString()));
        return String.join(",", text);
    }

    static List<String> names(String text) {
        return split(text, ",");
    }

    static List<UUID> uuids(String text) {
        return split(text, ",").stream().map(UUID::fromString).toList();
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(separator));
    }
}
