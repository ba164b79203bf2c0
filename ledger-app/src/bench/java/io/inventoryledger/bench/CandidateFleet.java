package io.inventoryledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * W5's providers, fully determined by the variant and its size (uuids derived from names), so that a run can tell
 * whether a target already holds exactly this fleet (and skip re-seeding), and the verdict can check any answer
 * against what was seeded.
 * <ul>
 *     <li>flat: compute nodes as W1's; every 4th has HW_CPU_X86_AVX2; every 2nd is in one of 5 aggregates;</li>
 *     <li>nested: trees of 7 as Placement's nested perfload job: a compute node (DISK_GB, every 2nd with
 *     COMPUTE_VOLUME_MULTI_ATTACH, every 2nd in one of 5 aggregates), two NUMA nodes (VCPU, MEMORY_MB,
 *     HW_NUMA_ROOT), each with an FPGA child (FPGA 2) and a NIC child (SRIOV_NET_VF 8, HW_NIC_SRIOV).</li>
 * </ul>
 */
final class CandidateFleet {
    static final int AGGREGATES = 5;

    /** One seeded provider: where it sits, what it has. Capacities are Placement's (total - reserved) × ratio. */
    record Seeded(
            UUID uuid,
            String name,
            UUID parent,
            UUID root,
            Map<String, Map<String, Object>> inventories,
            Set<String> traits,
            Set<UUID> aggregates) {
        long capacity(String resourceClass) {
            Map<String, Object> inventory = inventories.get(resourceClass);
            if (inventory == null) {
                return -1;
            }
            double ratio = ((Number) inventory.getOrDefault("allocation_ratio", 1.0)).doubleValue();
            return (long) (((Number) inventory.get("total")).longValue() * ratio);
        }
    }

    private final String variant;
    private final Map<UUID, Seeded> providers = new LinkedHashMap<>();

    private CandidateFleet(String variant) {
        this.variant = variant;
    }

    static UUID aggregate(int index) {
        return uuidOf("w5-aggregate-" + index);
    }

    static CandidateFleet flat(int count) {
        CandidateFleet fleet = new CandidateFleet("flat");
        for (int i = 0; i < count; i++) {
            String name = String.format("w5-flat-%05d", i);
            Set<String> traits = i % 4 == 0 ? Set.of("HW_CPU_X86_AVX2") : Set.of();
            Set<UUID> aggregates = i % 2 == 0 ? Set.of(aggregate(i / 2 % AGGREGATES)) : Set.of();
            fleet.add(name, null, inventoriesOf(ProviderSeeder.computeNode()), traits, aggregates);
        }
        return fleet;
    }

    static CandidateFleet nested(int trees) {
        CandidateFleet fleet = new CandidateFleet("nested");
        for (int t = 0; t < trees; t++) {
            String prefix = String.format("w5-tree-%04d", t);
            Set<String> rootTraits = t % 2 == 0 ? Set.of("COMPUTE_VOLUME_MULTI_ATTACH") : Set.of();
            Set<UUID> aggregates = t % 2 == 0 ? Set.of(aggregate(t / 2 % AGGREGATES)) : Set.of();
            Seeded root = fleet.add(prefix, null, Map.of("DISK_GB", Map.of("total", 4096)), rootTraits, aggregates);
            for (int n = 0; n < 2; n++) {
                Seeded numa = fleet.add(
                        prefix + "-numa" + n,
                        root,
                        Map.of(
                                "VCPU", Map.of("total", 32, "allocation_ratio", 16.0),
                                "MEMORY_MB", Map.of("total", 131072, "allocation_ratio", 1.5)),
                        Set.of("HW_NUMA_ROOT"),
                        Set.of());
                fleet.add(prefix + "-numa" + n + "-fpga", numa, Map.of("FPGA", Map.of("total", 2)), Set.of(), Set.of());
                fleet.add(
                        prefix + "-numa" + n + "-nic",
                        numa,
                        Map.of("SRIOV_NET_VF", Map.of("total", 8)),
                        Set.of("HW_NIC_SRIOV"),
                        Set.of());
            }
        }
        return fleet;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> inventoriesOf(Map<String, Object> inventories) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        inventories.forEach((rc, inventory) -> out.put(rc, (Map<String, Object>) inventory));
        return out;
    }

    private Seeded add(
            String name,
            Seeded parent,
            Map<String, Map<String, Object>> inventories,
            Set<String> traits,
            Set<UUID> aggregates) {
        UUID uuid = uuidOf(name);
        Seeded seeded = new Seeded(
                uuid,
                name,
                parent == null ? null : parent.uuid(),
                parent == null ? uuid : parent.root(),
                inventories,
                traits,
                aggregates);
        providers.put(uuid, seeded);
        return seeded;
    }

    private static UUID uuidOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    String variant() {
        return variant;
    }

    int size() {
        return providers.size();
    }

    Seeded get(UUID uuid) {
        return providers.get(uuid);
    }

    /**
     * Whether the target holds exactly these providers (by uuid) and no other. An overloaded server (uWSGI's listen
     * queue full right after 100 clients) may not answer at once: asked again a few times before concluding, as a
     * wrong "no" would reset and re-seed a shared server for nothing.
     */
    boolean presentOn(PlacementHttp http) {
        Reply reply = http.get("/resource_providers");
        for (int attempt = 1; attempt < 10 && reply.status() != 200; attempt++) {
            pause();
            reply = http.get("/resource_providers");
        }
        if (reply.status() != 200) {
            throw new IllegalStateException("GET /resource_providers keeps answering " + reply.status());
        }
        Set<UUID> found = new HashSet<>();
        for (JsonNode provider : reply.json().path("resource_providers")) {
            found.add(UUID.fromString(provider.path("uuid").asText()));
        }
        return found.equals(providers.keySet());
    }

    /** Between attempts at asking an overloaded server (a benchmark driver, not a test: no Awaitility here). */
    private static void pause() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Creates every provider through the API on {@code threads} threads, parents before children (tree by tree:
     * one tree is one task), each with its inventories, traits and aggregates (generation tracked per write).
     */
    void seed(PlacementHttp http, int threads, Duration bound) {
        Map<UUID, List<Seeded>> byRoot = new LinkedHashMap<>();
        providers
                .values()
                .forEach(p ->
                        byRoot.computeIfAbsent(p.root(), r -> new ArrayList<>()).add(p));
        long deadline = System.nanoTime() + bound.toNanos();
        Parallel.forEach(threads, new ArrayList<>(byRoot.values()), tree -> {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("seeding took longer than w5.seed-max-seconds=" + bound.toSeconds());
            }
            tree.forEach(p -> create(http, p));
        });
    }

    private static void create(PlacementHttp http, Seeded provider) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", provider.name());
        body.put("uuid", provider.uuid());
        if (provider.parent() != null) {
            body.put("parent_provider_uuid", provider.parent());
        }
        String path = "/resource_providers/" + provider.uuid();
        http.call(null, "POST", "/resource_providers", body).expect(200, 201);
        int generation = 0;
        http.call(
                        null,
                        "PUT",
                        path + "/inventories",
                        Map.of("resource_provider_generation", generation++, "inventories", provider.inventories()))
                .expect(200);
        if (!provider.traits().isEmpty()) {
            http.call(
                            null,
                            "PUT",
                            path + "/traits",
                            Map.of("resource_provider_generation", generation++, "traits", provider.traits()))
                    .expect(200);
        }
        if (!provider.aggregates().isEmpty()) {
            http.call(
                            null,
                            "PUT",
                            path + "/aggregates",
                            Map.of("resource_provider_generation", generation, "aggregates", provider.aggregates()))
                    .expect(200);
        }
    }
}
