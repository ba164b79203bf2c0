package io.inventoryledger.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * W2: every client claims {@code w2.claim} DISK_GB for new consumers on one shared pool until it is full (a 409
 * that is not a concurrent update), or {@code w2.max-seconds} pass. Verdict: used == claim × successes ≤ capacity.
 */
final class HotProvider implements Workload {
    private static final String CONCURRENT_UPDATE = "placement.concurrent_update";

    /** Enough for the longest warm-up at any rate this machine reaches. */
    private static final long WARM_UP_CAPACITY = 2_000_000_000L;

    @Override
    public String name() {
        return "W2 hot provider";
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        PlacementHttp http = target.http();
        if (!ProviderSeeder.servesAllocations(http)) {
            return WorkloadResult.unavailable(
                    name(), target.name(), "no allocations API (GET /allocations/{c} != 200)");
        }
        long capacity = settings.integer("w2.capacity");
        int claim = settings.integer("w2.claim");
        UUID pool = ProviderSeeder.create(
                        http, "w2-pool", 1, Map.of("DISK_GB", Map.of("total", capacity, "max_unit", capacity)), 1)
                .get(0);
        String project = UUID.randomUUID().toString();
        String user = UUID.randomUUID().toString();
        Map<String, Object> allocation = Map.of(pool.toString(), Map.of("resources", Map.of("DISK_GB", claim)));

        List<Double> warmUpRates = warmUp(http, settings, claim, project, user);
        target.settle().run(); // the warm-up's rows, vacuumed and counted, as after any busy period

        OpStats claims = new OpStats("claim PUT /allocations");
        LongAdder succeeded = new LongAdder();
        Queue<UUID> unsure = new ConcurrentLinkedQueue<>();
        AtomicBoolean full = new AtomicBoolean();
        long start = System.nanoTime();
        AtomicLong lastSuccess = new AtomicLong(start);
        Parallel.loop(settings.integer("w2.clients"), settings.seconds("w2.max-seconds"), worker -> {
            UUID consumer = UUID.randomUUID();
            Reply reply = http.call(claims, "PUT", "/allocations/" + consumer, claimBody(allocation, project, user));
            if (reply.status() == 204) {
                succeeded.increment();
                lastSuccess.accumulateAndGet(System.nanoTime(), Math::max);
            } else if (!reply.answered() || reply.status() >= 500) {
                unsure.add(consumer);
            } else if (reply.status() == 409 && !CONCURRENT_UPDATE.equals(reply.errorCode())) {
                full.set(true);
            }
            return !full.get();
        });
        Duration filling = Duration.ofNanos(lastSuccess.get() - start);

        long resolved = unsure.stream()
                .filter(c -> http.get("/allocations/" + c)
                                .expect(200)
                                .json()
                                .path("allocations")
                                .size()
                        > 0)
                .count();
        long expected = (succeeded.sum() + resolved) * claim;
        long used = Usages.of(http, pool).getOrDefault("DISK_GB", 0L);
        Verdict verdict = used == expected && used <= capacity
                ? Verdict.pass("used " + used + " == " + claim + " × " + (succeeded.sum() + resolved) + " ≤ " + capacity
                        + (full.get() ? ", filled" : ", NOT filled within w2.max-seconds"))
                : Verdict.fail("used " + used + ", claims seen " + expected + ", capacity " + capacity);
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put(
                "warm-up on a pool of its own (not counted)",
                "claims/s per window: " + Parallel.describe(warmUpRates, settings.seconds("warmup.window")));
        extras.put("seconds to last success", Seconds.format(filling));
        extras.put("unsure outcomes resolved by GET", String.valueOf(unsure.size()));
        return new WorkloadResult(
                name(),
                target.name(),
                Seconds.rate(succeeded.sum(), filling),
                "claims/s",
                claims,
                List.of(),
                verdict,
                extras);
    }

    /**
     * The same load, not counted, on a pool of its own (the measured pool starts empty) until the claim rate is
     * steady: the service's JIT compiles its claim path meanwhile. Returns the rate per window.
     */
    private static List<Double> warmUp(
            PlacementHttp http, BenchSettings settings, int claim, String project, String user) {
        if (settings.seconds("w2.warmup").isZero()) {
            return List.of();
        }
        UUID pool = ProviderSeeder.create(
                        http,
                        "w2-warmup",
                        1,
                        Map.of("DISK_GB", Map.of("total", WARM_UP_CAPACITY, "max_unit", WARM_UP_CAPACITY)),
                        1)
                .get(0);
        Map<String, Object> allocation = Map.of(pool.toString(), Map.of("resources", Map.of("DISK_GB", claim)));
        OpStats ignored = new OpStats("warm-up claim");
        LongAdder succeeded = new LongAdder();
        return Parallel.warmUp(
                settings.integer("w2.clients"),
                settings.seconds("warmup.window"),
                settings.seconds("w2.warmup"),
                settings.decimal("warmup.tolerance"),
                succeeded,
                worker -> {
                    Reply reply = http.call(
                            ignored, "PUT", "/allocations/" + UUID.randomUUID(), claimBody(allocation, project, user));
                    if (reply.status() == 204) {
                        succeeded.increment();
                    }
                    return reply.status() != 409 || CONCURRENT_UPDATE.equals(reply.errorCode()); // full: stop
                });
    }

    /** A new consumer's claim of {@code allocation}. */
    private static Map<String, Object> claimBody(Map<String, Object> allocation, String project, String user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocations", allocation);
        body.put("consumer_generation", null);
        body.put("project_id", project);
        body.put("user_id", user);
        return body;
    }
}
