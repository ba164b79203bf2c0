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

    @Override
    public String name() {
        return "W2 hot provider";
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        PlacementHttp http = target.http();
        if (!ProviderSeeder.servesAllocations(http)) {
            return WorkloadResult.unavailable(name(), target.name(), "no allocations API (GET /allocations/{c} != 200)");
        }
        long capacity = settings.integer("w2.capacity");
        int claim = settings.integer("w2.claim");
        UUID pool = ProviderSeeder.create(http, "w2-pool", 1,
                Map.of("DISK_GB", Map.of("total", capacity, "max_unit", capacity)), 1).get(0);
        String project = UUID.randomUUID().toString();
        String user = UUID.randomUUID().toString();
        Map<String, Object> allocation = Map.of(pool.toString(), Map.of("resources", Map.of("DISK_GB", claim)));

        warmUp(http, settings, capacity, claim, project, user);

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

        long resolved = unsure.stream().filter(c -> http.get("/allocations/" + c).expect(200)
                .json().path("allocations").size() > 0).count();
        long expected = (succeeded.sum() + resolved) * claim;
        long used = Usages.of(http, pool).getOrDefault("DISK_GB", 0L);
        Verdict verdict = used == expected && used <= capacity
                ? Verdict.pass("used " + used + " == " + claim + " × " + (succeeded.sum() + resolved) + " ≤ " + capacity
                        + (full.get() ? ", filled" : ", NOT filled within w2.max-seconds"))
                : Verdict.fail("used " + used + ", claims seen " + expected + ", capacity " + capacity);
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("warm-up (not counted)", settings.text("w2.warmup") + " s on a pool of its own");
        extras.put("seconds to last success", Seconds.format(filling));
        extras.put("unsure outcomes resolved by GET", String.valueOf(unsure.size()));
        return new WorkloadResult(name(), target.name(), Seconds.rate(succeeded.sum(), filling), "claims/s",
                claims, List.of(), verdict, extras);
    }

    /**
     * The same load, not counted, on a pool of its own (the measured pool starts empty): the service's JIT
     * compiles its claim path meanwhile.
     */
    private static void warmUp(PlacementHttp http, BenchSettings settings, long capacity, int claim, String project,
                               String user) {
        if (settings.seconds("w2.warmup").isZero()) {
            return;
        }
        UUID pool = ProviderSeeder.create(http, "w2-warmup", 1,
                Map.of("DISK_GB", Map.of("total", capacity, "max_unit", capacity)), 1).get(0);
        Map<String, Object> allocation = Map.of(pool.toString(), Map.of("resources", Map.of("DISK_GB", claim)));
        OpStats ignored = new OpStats("warm-up claim");
        Parallel.loop(settings.integer("w2.clients"), settings.seconds("w2.warmup"), worker -> {
            Reply reply = http.call(ignored, "PUT", "/allocations/" + UUID.randomUUID(),
                    claimBody(allocation, project, user));
            return reply.status() != 409 || CONCURRENT_UPDATE.equals(reply.errorCode()); // stop once it is full
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
