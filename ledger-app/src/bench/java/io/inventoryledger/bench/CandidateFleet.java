package io.inventoryledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
    /** Names that hold the provider's uuid, so that a clone (every uuid replaced) gets a name of its own. */
    private final boolean uuidNames;

    private Map<UUID, Map<String, UUID>> claimSources;

    private CandidateFleet(String variant, boolean uuidNames) {
        this.variant = variant;
        this.uuidNames = uuidNames;
    }

    static UUID aggregate(int index) {
        return uuidOf("w5-aggregate-" + index);
    }

    static CandidateFleet flat(int count) {
        return flat("flat", count, false);
    }

    /** @param uuidNames names made of the uuids (a template to clone in bulk) */
    static CandidateFleet flat(String variant, int count, boolean uuidNames) {
        CandidateFleet fleet = new CandidateFleet(variant, uuidNames);
        for (int i = 0; i < count; i++) {
            String name = String.format("w5-flat-%05d", i);
            Set<String> traits = i % 4 == 0 ? Set.of("HW_CPU_X86_AVX2") : Set.of();
            Set<UUID> aggregates = i % 2 == 0 ? Set.of(aggregate(i / 2 % AGGREGATES)) : Set.of();
            fleet.add(name, null, inventoriesOf(ProviderSeeder.computeNode()), traits, aggregates);
        }
        return fleet;
    }

    static CandidateFleet nested(int trees) {
        return nested("nested", trees, false);
    }

    /** @param uuidNames names made of the uuids (a template to clone in bulk) */
    static CandidateFleet nested(String variant, int trees, boolean uuidNames) {
        CandidateFleet fleet = new CandidateFleet(variant, uuidNames);
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
                uuidNames ? "w5-" + uuid : name,
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

    /**
     * This template and {@code copies} clones of it as {@link EventStoreSeeder} and {@link ReadModelSeeder} make
     * them: copy k of provider u is {@code cloneOf(u, k)}, with the same inventories and traits, in the same
     * aggregates (kept, not cloned), named after its own uuid.
     */
    CandidateFleet withClones(long copies) {
        CandidateFleet fleet = new CandidateFleet(variant, true);
        fleet.providers.putAll(providers);
        for (long copy = 1; copy <= copies; copy++) {
            for (Seeded p : providers.values()) {
                UUID uuid = EventStoreSeeder.cloneOf(p.uuid().toString(), copy);
                fleet.providers.put(
                        uuid,
                        new Seeded(
                                uuid,
                                "w5-" + uuid,
                                p.parent() == null
                                        ? null
                                        : EventStoreSeeder.cloneOf(p.parent().toString(), copy),
                                EventStoreSeeder.cloneOf(p.root().toString(), copy),
                                p.inventories(),
                                p.traits(),
                                p.aggregates()));
            }
        }
        return fleet;
    }

    /** The aggregates the fleet's providers are in (uuids as text). */
    Set<String> aggregates() {
        Set<String> out = new HashSet<>();
        providers.values().forEach(p -> p.aggregates().forEach(a -> out.add(a.toString())));
        return out;
    }

    /** The roots of the fleet's trees (for flat fleets, every provider). */
    List<UUID> roots() {
        return providers.values().stream()
                .filter(p -> p.parent() == null)
                .map(Seeded::uuid)
                .toList();
    }

    /**
     * A claim of one W1 instance (VCPU 2, MEMORY_MB 4096, DISK_GB 40) in the tree of {@code root}: all on a flat
     * compute node; on a nested tree, VCPU and memory from its first NUMA node and disk from the root, as a
     * scheduler would claim what a candidate offered.
     */
    Map<String, Object> claimIn(UUID root) {
        Map<String, UUID> from = claimSources().get(root);
        Map<String, Map<String, Object>> allocations = new LinkedHashMap<>();
        ClaimStorm.INSTANCE.forEach((rc, amount) -> {
            Map<String, Object> resources = new LinkedHashMap<>();
            allocations.computeIfAbsent(from.get(rc).toString(), p -> Map.of("resources", resources));
            @SuppressWarnings("unchecked")
            Map<String, Object> held = (Map<String, Object>)
                    allocations.get(from.get(rc).toString()).get("resources");
            held.put(rc, amount);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocations", allocations);
        body.put("consumer_generation", null);
        body.put("project_id", uuidOf("w5-project").toString());
        body.put("user_id", uuidOf("w5-user").toString());
        body.put("consumer_type", "INSTANCE"); // required from 1.38 (W5 asks at 1.39)
        return body;
    }

    /** Root → class → the first provider of its tree (root first) with inventory of the class. */
    private synchronized Map<UUID, Map<String, UUID>> claimSources() {
        if (claimSources == null) {
            claimSources = new HashMap<>();
            for (Seeded p : providers.values()) {
                for (String rc : p.inventories().keySet()) {
                    claimSources.computeIfAbsent(p.root(), r -> new HashMap<>()).putIfAbsent(rc, p.uuid());
                }
            }
        }
        return claimSources;
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
            Pause.millis(3000);
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
