package io.inventoryledger.projections.candidates;

import io.inventoryledger.core.provider.Inventory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A main-based micro benchmark (not a test): query latency over 10,000 flat providers and over
 * 1,000 NUMA-like trees of 7, single-threaded and with concurrent callers. Run by hand.
 */
public final class CandidateBenchmark {
    private static final String AGG = "5e36a7a8-4e8f-4c8e-a1d5-0b36c9a4d3b2";

    public static void main(String[] args) throws Exception {
        CandidateEngine engine = new CandidateEngine(EngineSettings.defaults());
        long heapBefore = usedHeap();
        ProviderWorld flat = flatWorld(10_000);
        System.out.printf("flat world: 10,000 providers, ~%d MB heap%n", (usedHeap() - heapBefore) >> 20);
        ProviderWorld nested = nestedWorld(1_000);
        List<CandidateRequest> flatQueries = List.of(
                CandidateRequest.of(null, RequestGroup.of("", Map.of("VCPU", 2L, "MEMORY_MB", 2048L, "DISK_GB", 20L)))
                        .withLimit(100),
                new CandidateRequest(
                        List.of(new RequestGroup(
                                "",
                                Map.of("VCPU", 2L, "MEMORY_MB", 2048L),
                                List.of(Set.of("HW_CPU_X86_AVX2")),
                                Set.of(),
                                List.of(Set.of(AGG)),
                                Set.of(),
                                null)),
                        null,
                        100,
                        Set.of(),
                        Set.of(),
                        List.of(),
                        true),
                CandidateRequest.of(null, RequestGroup.of("", Map.of("VCPU", 2L, "MEMORY_MB", 2048L))));
        List<CandidateRequest> nestedQueries = List.of(CandidateRequest.of(
                        GroupPolicy.ISOLATE,
                        RequestGroup.of("", Map.of("MEMORY_MB", 1024L)),
                        RequestGroup.of("1", Map.of("VCPU", 2L)),
                        RequestGroup.of("2", Map.of("SRIOV_NET_VF", 1L)))
                .withLimit(100));
        run("flat, limit=100 / traits+member_of limit=100 / no limit", engine, flat, flatQueries);
        run("nested 1,000x7, granular isolate, limit=100", engine, nested, nestedQueries);
        long start = System.nanoTime();
        ProviderWorld updated = flat;
        for (int i = 0; i < 10_000; i++) {
            updated = updated.edit().addUsed(new UUID(1, i % 10_000), "VCPU", 1).apply();
        }
        System.out.printf("usage update: %.1f us per event%n", (System.nanoTime() - start) / 10_000 / 1e3);
    }

    private static void run(String name, CandidateEngine engine, ProviderWorld world, List<CandidateRequest> queries)
            throws Exception {
        for (int i = 0; i < 300; i++) {
            queries.forEach(q -> engine.find(world, q));
        }
        for (CandidateRequest query : queries) {
            long[] times = new long[200];
            int results = 0;
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                results = engine.find(world, query).allocationRequests().size();
                times[i] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            System.out.printf(
                    "%s: %d candidates, p50 %.2f ms, p99 %.2f ms%n", name, results, times[100] / 1e6, times[197] / 1e6);
        }
        for (int clients : new int[] {10, 100}) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            int perClient = 2_000 / clients;
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        engine.find(world, queries.get(i % queries.size()));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d clients, %.0f queries/s%n", name, clients, clients * perClient / seconds);
            pool.shutdown();
        }
    }

    private static ProviderWorld flatWorld(int count) {
        ProviderWorldEditor editor = ProviderWorld.builder();
        for (int i = 0; i < count; i++) {
            UUID uuid = new UUID(1, i);
            editor.putProvider(uuid, null)
                    .setInventory(uuid, "VCPU", new Inventory(64, 0, 1, 64, 1, 4.0))
                    .setInventory(uuid, "MEMORY_MB", new Inventory(262_144, 4096, 1, 262_144, 1, 1.5))
                    .setInventory(uuid, "DISK_GB", Inventory.ofTotal(2000))
                    .setUsed(uuid, "VCPU", i % 200)
                    .setTraits(uuid, i % 2 == 0 ? List.of("HW_CPU_X86_AVX2") : List.of("HW_CPU_X86_SSE"))
                    .setAggregates(uuid, i % 10 == 0 ? List.of(AGG) : List.of());
        }
        return editor.apply();
    }

    private static ProviderWorld nestedWorld(int trees) {
        ProviderWorldEditor editor = ProviderWorld.builder();
        for (int t = 0; t < trees; t++) {
            UUID root = new UUID(2, t * 10L);
            editor.putProvider(root, null).setInventory(root, "MEMORY_MB", Inventory.ofTotal(131_072));
            for (int numa = 1; numa <= 2; numa++) {
                UUID node = new UUID(2, t * 10L + numa);
                editor.putProvider(node, root)
                        .setInventory(node, "VCPU", Inventory.ofTotal(32))
                        .setTraits(node, List.of("HW_NUMA_ROOT"));
                for (int nic = 0; nic < 2; nic++) {
                    UUID device = new UUID(2, t * 10L + 2 + numa * 2 + nic);
                    editor.putProvider(device, node).setInventory(device, "SRIOV_NET_VF", Inventory.ofTotal(8));
                }
            }
        }
        return editor.apply();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
