package io.inventoryledger.app.allocation;

import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.projections.allocation.ConsumerAllocationRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Allocations as Placement renders them: by provider for a consumer, by consumer for a provider. */
final class AllocationJson {
    private AllocationJson() {}

    static Map<String, Object> forConsumer(List<ConsumerAllocationRow> rows, Microversion version) {
        Map<String, Object> byProvider = new LinkedHashMap<>();
        for (ConsumerAllocationRow row : rows) {
            Map<String, Object> entry = entry(byProvider, row.providerUuid().toString());
            entry.put("generation", row.providerGeneration());
            resources(entry).put(row.resourceClass(), row.used());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("allocations", byProvider);
        if (!rows.isEmpty() && version.isAtLeast(12)) {
            ConsumerAllocationRow first = rows.get(0);
            json.put("project_id", first.projectId());
            json.put("user_id", first.userId());
            if (version.isAtLeast(28)) {
                json.put("consumer_generation", first.consumerGeneration());
            }
            if (version.isAtLeast(38)) {
                json.put("consumer_type", first.consumerType() == null ? "unknown" : first.consumerType());
            }
        }
        return json;
    }

    static Map<String, Object> forProvider(
            long providerGeneration, List<ConsumerAllocationRow> rows, Microversion version) {
        Map<String, Object> byConsumer = new LinkedHashMap<>();
        for (ConsumerAllocationRow row : rows) {
            Map<String, Object> entry = entry(byConsumer, row.consumerUuid().toString());
            resources(entry).put(row.resourceClass(), row.used());
            if (version.isAtLeast(28)) {
                entry.put("consumer_generation", row.consumerGeneration());
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("allocations", byConsumer);
        json.put("resource_provider_generation", providerGeneration);
        return json;
    }

    /** The entry under {@code key}, made with empty resources the first time. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Map<String, Object> entries, String key) {
        return (Map<String, Object>) entries.computeIfAbsent(
                key, k -> new LinkedHashMap<>(Map.of("resources", new LinkedHashMap<String, Object>())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resources(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("resources");
    }
}
