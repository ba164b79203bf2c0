package io.inventoryledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/** Creates providers with inventories through the API, in parallel; not measured. */
final class ProviderSeeder {
    private ProviderSeeder() {}

    /** Compute-node inventories of W1: VCPU 64 ×16, MEMORY_MB 262144 ×1.5, DISK_GB 4096 ×1. */
    static Map<String, Object> computeNode() {
        return Map.of(
                "VCPU", Map.of("total", 64, "allocation_ratio", 16.0),
                "MEMORY_MB", Map.of("total", 262144, "allocation_ratio", 1.5),
                "DISK_GB", Map.of("total", 4096, "allocation_ratio", 1.0));
    }

    /** Creates {@code count} providers named {@code prefix-<uuid>}, each with {@code inventories} (generation 1). */
    static List<UUID> create(
            PlacementHttp http, String prefix, int count, Map<String, Object> inventories, int threads) {
        List<UUID> uuids = new ArrayList<>(
                IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList());
        Parallel.forEach(threads, uuids, uuid -> {
            http.call(null, "POST", "/resource_providers", Map.of("name", prefix + "-" + uuid, "uuid", uuid))
                    .expect(200, 201);
            http.call(
                            null,
                            "PUT",
                            "/resource_providers/" + uuid + "/inventories",
                            Map.of("resource_provider_generation", 0, "inventories", inventories))
                    .expect(200);
        });
        return List.copyOf(uuids);
    }

    /** Whether the target serves allocations (GET /allocations/{unknown consumer} answers 200 with none). */
    static boolean servesAllocations(PlacementHttp http) {
        return http.get("/allocations/" + UUID.randomUUID()).status() == 200;
    }
}
