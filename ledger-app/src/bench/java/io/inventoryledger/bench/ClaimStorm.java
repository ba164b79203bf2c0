package io.inventoryledger.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * W1: schedulers claim a new instance on a random compute node (PUT /allocations/{consumer}); by default claims only
 * ({@code w1.releases=off}: the nodes are large enough for every claim of the run), with {@code w1.releases=on} each
 * also releases its oldest instance (DELETE) once it holds more than {@code w1.keep}. Verdict: every provider's usage
 * equals what the driver saw succeed and not released, and no provider is over capacity.
 */
final class ClaimStorm implements Workload {
    static final Map<String, Integer> INSTANCE = Map.of("VCPU", 2, "MEMORY_MB", 4096, "DISK_GB", 40);
    private static final Map<String, Long> CAPACITY = Map.of("VCPU", 64L * 16, "MEMORY_MB", 393216L, "DISK_GB", 4096L);
    /** Claims only: room for 1,024 instances per node, more than a run at thousands of claims a second takes. */
    private static final Map<String, Object> LARGE_NODE = Map.of(
            "VCPU", Map.of("total", 64, "allocation_ratio", 64.0),
            "MEMORY_MB", Map.of("total", 262144, "allocation_ratio", 16.0),
            "DISK_GB", Map.of("total", 40960, "allocation_ratio", 1.0));

    private static final Map<String, Long> LARGE_CAPACITY =
            Map.of("VCPU", 64L * 64, "MEMORY_MB", 262144L * 16, "DISK_GB", 40960L);

    /** Where a scheduler's requests and successes are counted: the warm-up, then the measured run. */
    private record Phase(OpStats claims, OpStats releases, LongAdder succeeded) {}

    private record Claim(UUID consumer, int provider) {}

    @Override
    public String name() {
        return "W1 claim storm";
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        PlacementHttp http = target.http();
        if (!ProviderSeeder.servesAllocations(http)) {
            return WorkloadResult.unavailable(
                    name(), target.name(), "no allocations API (GET /allocations/{c} != 200)");
        }
        int schedulers = settings.integer("w1.schedulers");
        boolean withReleases = settings.text("w1.releases").equals("on");
        int keep = withReleases ? settings.integer("w1.keep") : Integer.MAX_VALUE;
        Map<String, Long> capacity = withReleases ? CAPACITY : LARGE_CAPACITY;
        List<UUID> providers = ProviderSeeder.create(
                http,
                "w1-cn",
                settings.integer("w1.providers"),
                withReleases ? ProviderSeeder.computeNode() : LARGE_NODE,
                settings.integer("setup.threads"));
        target.settle().run();
        List<String> projects = IntStream.range(0, 10)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();

        OpStats claims = new OpStats("claim PUT /allocations");
        OpStats releases = new OpStats("release DELETE /allocations");
        // the same load first, not counted (the service's JIT compiles its claim path meanwhile); claims made
        // then stay held and count in the verdict like any other
        Phase warmUp = new Phase(new OpStats("warm-up claim"), new OpStats("warm-up release"), new LongAdder());
        Phase measured = new Phase(claims, releases, new LongAdder());
        AtomicReference<Phase> phase = new AtomicReference<>(warmUp);
        AtomicIntegerArray live = new AtomicIntegerArray(providers.size());
        Queue<Claim> unsure = new ConcurrentLinkedQueue<>();
        List<Deque<Claim>> held = IntStream.range(0, schedulers)
                .mapToObj(i -> (Deque<Claim>) new ArrayDeque<Claim>())
                .toList();
        List<String> users = IntStream.range(0, schedulers)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();

        IntPredicate scheduler = worker -> {
            Phase now = phase.get();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Claim claim = new Claim(UUID.randomUUID(), random.nextInt(providers.size()));
            Reply reply = http.call(
                    now.claims(),
                    "PUT",
                    "/allocations/" + claim.consumer(),
                    claimBody(
                            providers.get(claim.provider()),
                            projects.get(random.nextInt(projects.size())),
                            users.get(worker)));
            if (reply.status() == 204) {
                live.incrementAndGet(claim.provider());
                held.get(worker).addLast(claim);
                now.succeeded().increment();
            } else if (!reply.answered() || reply.status() >= 500) {
                unsure.add(claim);
            }
            if (held.get(worker).size() > keep) {
                Claim oldest = held.get(worker).pollFirst();
                live.decrementAndGet(oldest.provider());
                if (http.call(now.releases(), "DELETE", "/allocations/" + oldest.consumer(), null)
                                .status()
                        != 204) {
                    unsure.add(oldest);
                }
            }
            return true;
        };
        List<Double> warmUpRates = Parallel.warmUp(
                schedulers,
                settings.seconds("warmup.window"),
                settings.seconds("w1.warmup"),
                settings.decimal("warmup.tolerance"),
                warmUp.succeeded(),
                scheduler);
        phase.set(measured);
        Duration took = Parallel.loop(schedulers, settings.seconds("duration"), scheduler);

        Verdict verdict = verify(http, providers, live, unsure, capacity, settings.integer("setup.threads"));
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("providers", String.valueOf(providers.size()));
        extras.put("releases", withReleases ? "on: each scheduler keeps " + keep + " instances" : "off: claims only");
        extras.put(
                "warm-up claims (not counted)",
                warmUp.succeeded().sum() + "; claims/s per window: "
                        + Parallel.describe(warmUpRates, settings.seconds("warmup.window")));
        extras.put("unsure outcomes resolved by GET", String.valueOf(unsure.size()));
        return new WorkloadResult(
                name(),
                target.name(),
                Seconds.rate(measured.succeeded().sum(), took),
                "claims/s",
                claims,
                List.of(releases),
                verdict,
                extras);
    }

    static Map<String, Object> claimBody(UUID provider, String project, String user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocations", Map.of(provider.toString(), Map.of("resources", INSTANCE)));
        body.put("consumer_generation", null);
        body.put("project_id", project);
        body.put("user_id", user);
        return body;
    }

    private static Verdict verify(
            PlacementHttp http,
            List<UUID> providers,
            AtomicIntegerArray live,
            Queue<Claim> unsure,
            Map<String, Long> capacity,
            int threads) {
        Parallel.forEach(threads, List.copyOf(unsure), claim -> {
            Reply reply = http.get("/allocations/" + claim.consumer()).expect(200);
            if (reply.json().path("allocations").size() > 0) {
                live.incrementAndGet(claim.provider());
            }
        });
        Queue<String> wrong = new ConcurrentLinkedQueue<>();
        LongAdder overCapacity = new LongAdder();
        Parallel.forEach(threads, IntStream.range(0, providers.size()).boxed().toList(), index -> {
            UUID provider = providers.get(index);
            Map<String, Long> usages = Usages.of(http, provider);
            for (Map.Entry<String, Integer> each : INSTANCE.entrySet()) {
                long used = usages.getOrDefault(each.getKey(), 0L);
                long expected = (long) each.getValue() * live.get(index);
                if (used != expected) {
                    wrong.add(provider + " " + each.getKey() + " used " + used + " expected " + expected);
                }
                if (used > capacity.get(each.getKey())) {
                    overCapacity.increment();
                }
            }
        });
        long instances =
                IntStream.range(0, providers.size()).mapToLong(live::get).sum();
        if (!wrong.isEmpty() || overCapacity.sum() > 0) {
            return Verdict.fail(wrong.size() + " usages differ from the claims seen (e.g. " + wrong.peek() + "), "
                    + overCapacity.sum() + " over capacity");
        }
        return Verdict.pass("usages of " + providers.size() + " providers equal the " + instances
                + " claims held; none over capacity");
    }
}
