package io.inventoryledger.projections.candidates;

import io.inventoryledger.core.provider.Inventory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A main-based micro benchmark (not a test), run by hand: the engine alone on W5's fleets (flat compute nodes; trees
 * of 7 as Placement's nested perfload job) at 10,000 / 100,000 providers and 1,000 / 10,000 trees, W5's query mix
 * at limit=100, single-threaded: p50 / p99 per query, the same with a usage event applied before every query (a
 * claim storm beside the queries: each query reads a new snapshot), the heap each world takes, and the cost of a
 * usage event. Arguments: none.
 */
public final class CandidateBenchmark {
    private static final String[] AGGREGATES = {
        "aaaaaaaa-0000-4000-8000-000000000000",
        "aaaaaaaa-0000-4000-8000-000000000001",
        "aaaaaaaa-0000-4000-8000-000000000002",
        "aaaaaaaa-0000-4000-8000-000000000003",
        "aaaaaaaa-0000-4000-8000-000000000004"
    };

    public static void main(String[] args) {
        CandidateEngine engine = new CandidateEngine(EngineSettings.defaults());
        for (int providers : new int[] {10_000, 100_000}) {
            long before = usedHeap();
            ProviderWorld world = flat(providers);
            long heap = usedHeap() - before;
            measure(String.format("flat %,d (%.1f MB)", providers, heap / 1e6), engine, world, flatMix());
        }
        for (int trees : new int[] {1_000, 10_000}) {
            long before = usedHeap();
            ProviderWorld world = nested(trees);
            long heap = usedHeap() - before;
            measure(String.format("nested %,d x 7 (%.1f MB)", trees, heap / 1e6), engine, world, nestedMix());
        }
    }

    private static void measure(String name, CandidateEngine engine, ProviderWorld world, List<Query> mix) {
        for (int i = 0; i < 2_000; i++) {
            mix.forEach(q -> engine.find(world, q.request()));
        }
        for (Query query : mix) {
            long[] quiet = new long[500];
            long[] stormy = new long[500];
            ProviderWorld changing = world;
            SearchStats stats = null;
            for (int i = 0; i < quiet.length; i++) {
                long start = System.nanoTime();
                stats = engine.find(world, query.request()).stats();
                quiet[i] = System.nanoTime() - start;
                ProviderNode someone = changing.node(changing.roots()[i * 7 % changing.roots().length]);
                changing = changing.edit().addUsed(someone.uuid, "DISK_GB", 40).apply();
                start = System.nanoTime();
                engine.find(changing, query.request());
                stormy[i] = System.nanoTime() - start;
            }
            System.out.printf(
                    "%s %s: p50 %.3f ms, p99 %.3f ms; after a usage event p50 %.3f ms, p99 %.3f ms; %s%n",
                    name,
                    query.kind(),
                    percentile(quiet, 50),
                    percentile(quiet, 99),
                    percentile(stormy, 50),
                    percentile(stormy, 99),
                    stats);
        }
        long start = System.nanoTime();
        ProviderWorld updated = world;
        int[] roots = world.roots();
        for (int i = 0; i < 2_000; i++) {
            updated = updated.edit()
                    .addUsed(updated.node(roots[i % roots.length]).uuid, "DISK_GB", 1)
                    .apply();
        }
        System.out.printf("%s: usage event applied in %.1f us%n", name, (System.nanoTime() - start) / 2_000 / 1e3);
    }

    private record Query(String kind, CandidateRequest request) {}

    private static final Map<String, Long> INSTANCE = Map.of("VCPU", 2L, "MEMORY_MB", 4096L, "DISK_GB", 40L);

    /** W5's plain query and its required + member_of query with this required trait. */
    private static List<Query> unnumbered(String requiredTrait) {
        return List.of(
                new Query(
                        "plain",
                        CandidateRequest.of(null, RequestGroup.of("", INSTANCE)).withLimit(100)),
                new Query(
                        "required+member_of",
                        request(List.of(group("", INSTANCE, requiredTrait, true)), GroupPolicy.NONE, List.of())));
    }

    private static List<Query> flatMix() {
        List<Query> mix = new java.util.ArrayList<>(unnumbered("HW_CPU_X86_AVX2"));
        mix.add(new Query(
                "granular none",
                request(
                        List.of(
                                group("1", Map.of("VCPU", 2L, "MEMORY_MB", 4096L), "HW_CPU_X86_AVX2", false),
                                group("2", Map.of("DISK_GB", 40L), null, false)),
                        GroupPolicy.NONE,
                        List.of())));
        return mix;
    }

    private static List<Query> nestedMix() {
        List<Query> mix = new java.util.ArrayList<>(unnumbered("COMPUTE_VOLUME_MULTI_ATTACH"));
        mix.add(new Query(
                "granular isolate",
                request(
                        List.of(
                                group("", Map.of("DISK_GB", 40L), null, false),
                                group("_NUMA", Map.of("VCPU", 2L, "MEMORY_MB", 4096L), "HW_NUMA_ROOT", false),
                                group("_ACCEL", Map.of("FPGA", 1L), null, false),
                                group("_NET", Map.of("SRIOV_NET_VF", 1L), "HW_NIC_SRIOV", false)),
                        GroupPolicy.ISOLATE,
                        List.of(Set.of("_NUMA", "_ACCEL", "_NET")))));
        return mix;
    }

    private static RequestGroup group(String suffix, Map<String, Long> resources, String trait, boolean memberOf) {
        return new RequestGroup(
                suffix,
                resources,
                trait == null ? List.of() : List.of(Set.of(trait)),
                Set.of(),
                memberOf ? List.of(Set.of(AGGREGATES[0], AGGREGATES[1])) : List.of(),
                Set.of(),
                null);
    }

    private static CandidateRequest request(List<RequestGroup> groups, GroupPolicy policy, List<Set<String>> subtrees) {
        return new CandidateRequest(groups, policy, 100, Set.of(), Set.of(), subtrees, true);
    }

    private static ProviderWorld flat(int count) {
        ProviderWorldEditor editor = ProviderWorld.builder();
        for (int i = 0; i < count; i++) {
            UUID uuid = new UUID(1, i);
            editor.putProvider(uuid, null)
                    .setInventory(uuid, "VCPU", new Inventory(64, 0, 1, Inventory.MAX_INT, 1, 16.0))
                    .setInventory(uuid, "MEMORY_MB", new Inventory(262_144, 0, 1, Inventory.MAX_INT, 1, 1.5))
                    .setInventory(uuid, "DISK_GB", Inventory.ofTotal(4096))
                    .setTraits(uuid, i % 4 == 0 ? List.of("HW_CPU_X86_AVX2") : List.of())
                    .setAggregates(uuid, i % 2 == 0 ? List.of(AGGREGATES[i / 2 % 5]) : List.of());
        }
        return editor.apply();
    }

    private static ProviderWorld nested(int trees) {
        ProviderWorldEditor editor = ProviderWorld.builder();
        for (int t = 0; t < trees; t++) {
            UUID root = new UUID(2, t * 10L);
            editor.putProvider(root, null)
                    .setInventory(root, "DISK_GB", Inventory.ofTotal(4096))
                    .setTraits(root, t % 2 == 0 ? List.of("COMPUTE_VOLUME_MULTI_ATTACH") : List.of())
                    .setAggregates(root, t % 2 == 0 ? List.of(AGGREGATES[t / 2 % 5]) : List.of());
            for (int n = 0; n < 2; n++) {
                UUID numa = new UUID(2, t * 10L + 1 + n * 3);
                UUID fpga = new UUID(2, t * 10L + 2 + n * 3);
                UUID nic = new UUID(2, t * 10L + 3 + n * 3);
                editor.putProvider(numa, root)
                        .setInventory(numa, "VCPU", new Inventory(32, 0, 1, Inventory.MAX_INT, 1, 16.0))
                        .setInventory(numa, "MEMORY_MB", new Inventory(131_072, 0, 1, Inventory.MAX_INT, 1, 1.5))
                        .setTraits(numa, List.of("HW_NUMA_ROOT"));
                editor.putProvider(fpga, numa).setInventory(fpga, "FPGA", Inventory.ofTotal(2));
                editor.putProvider(nic, numa)
                        .setInventory(nic, "SRIOV_NET_VF", Inventory.ofTotal(8))
                        .setTraits(nic, List.of("HW_NIC_SRIOV"));
            }
        }
        return editor.apply();
    }

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
