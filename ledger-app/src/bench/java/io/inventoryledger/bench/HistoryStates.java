package io.inventoryledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * W7 history (the "W6 history"; W6 is the dashboard's), part {@code state} (of {@code w7.parts}; other parts add their own rows): one provider is given a
 * history of {@code w7.events} events through the API ({@code w7.clients} clients claim one DISK_GB each for new
 * consumers, as W2 does: the claims are the provider's events, and go through the time-travel tables' real write
 * path), then one client reads its state at {@code w7.samples} random generations ({@code ?generation=G}) and as
 * many random instants of that history ({@code ?at=}), each generation read after one of Placement's own reads of
 * the provider (its usages), whose latency shows what the machine's load costs any request. Rate and latencies: the
 * generation reads. Verdict: every
 * state answered 200 with the generation asked and the usage its claims made by then (generation G: G - 1 claims),
 * and the p50 is at most {@code w7.p50-ms}.
 */
final class HistoryStates implements Workload {
    @Override
    public String name() {
        return "W7 history (state)";
    }

    @Override
    public List<WorkloadResult> runAll(Target target, BenchSettings settings) {
        if (!settings.list("w7.parts").contains("state")) {
            return List.of();
        }
        return List.of(run(target, settings));
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        PlacementHttp http = target.http();
        Reply probe = http.get("/ledger/history/resource_providers/" + UUID.randomUUID() + "/state?generation=0");
        if (!"ledger.history.not_found".equals(probe.errorCode())) {
            return WorkloadResult.unavailable(
                    name(), target.name(), "no time travel (probe answered " + probe.status() + ")");
        }
        long events = settings.integer("w7.events");
        UUID host = ProviderSeeder.create(
                        http, "w7-host", 1, Map.of("DISK_GB", Map.of("total", events * 2, "max_unit", events)), 1)
                .get(0);
        Map<String, Object> allocation = Map.of(host.toString(), Map.of("resources", Map.of("DISK_GB", 1)));
        String project = UUID.randomUUID().toString();
        String user = UUID.randomUUID().toString();
        Instant seedStart = Instant.now();
        AtomicLong claimed = new AtomicLong(1); // creation and inventory: generations 0 and 1
        LongAdder refused = new LongAdder();
        Duration seeding = Parallel.loop(settings.integer("w7.clients"), Duration.ofHours(1), worker -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("allocations", allocation);
            body.put("consumer_generation", null);
            body.put("project_id", project);
            body.put("user_id", user);
            Reply reply = http.call(null, "PUT", "/allocations/" + UUID.randomUUID(), body);
            if (reply.status() == 204) {
                return claimed.incrementAndGet() < events;
            }
            refused.increment();
            return claimed.get() < events;
        });
        Instant seedEnd = Instant.now();
        long generation = http.get("/resource_providers/" + host)
                .expect(200)
                .json()
                .path("generation")
                .asLong();
        target.settle().run();

        OpStats byGeneration = new OpStats("GET .../state?generation=G");
        OpStats byInstant = new OpStats("GET .../state?at=T");
        // the same machine's cost of one of Placement's own reads of that provider, interleaved: the load's share
        OpStats baseline = new OpStats("GET /resource_providers/{uuid}/usages");
        SplittableRandom random = new SplittableRandom(6);
        String path = "/ledger/history/resource_providers/" + host + "/state";
        int samples = settings.integer("w7.samples");
        long wrong = 0;
        String firstWrong = null;
        long start = System.nanoTime();
        long baselineNanos = 0;
        for (int i = 0; i < samples; i++) {
            long before = System.nanoTime();
            http.call(baseline, "GET", "/resource_providers/" + host + "/usages", null);
            baselineNanos += System.nanoTime() - before;
            long g = random.nextLong(generation + 1);
            JsonNode state = http.call(byGeneration, "GET", path + "?generation=" + g, null)
                    .json();
            long used = state.path("usages").path("DISK_GB").asLong(-1);
            if (state.path("resource_provider").path("generation").asLong(-1) != g || (g >= 1 && used != g - 1)) {
                wrong++;
                firstWrong = firstWrong == null ? "generation " + g + ": " + state : firstWrong;
            }
        }
        Duration reading = Duration.ofNanos(System.nanoTime() - start - baselineNanos);
        long span = Duration.between(seedStart, seedEnd).toMillis();
        for (int i = 0; i < samples; i++) {
            Instant at = seedStart.plusMillis(random.nextLong(span + 1));
            Reply reply = http.call(byInstant, "GET", path + "?at=" + at, null);
            if (reply.status() != 200) {
                wrong++;
                firstWrong = firstWrong == null ? "at " + at + ": " + reply.status() : firstWrong;
            }
        }
        double p50 = byGeneration.percentileMillis(50);
        double limit = settings.decimal("w7.p50-ms");
        Verdict verdict = wrong > 0
                ? Verdict.fail(wrong + " states wrong, first: " + firstWrong)
                : p50 > limit
                        ? Verdict.fail("p50 " + p50 + " ms > " + limit + " ms")
                        : Verdict.pass(2 * samples + " states right (generation, usage); p50 " + p50 + " ms ≤ " + limit
                                + " ms at " + generation + " generations");
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("provider generation (events in its history)", String.valueOf(generation));
        extras.put("seeding s (claims through the API)", Seconds.format(seeding));
        extras.put("claims refused while seeding", String.valueOf(refused.sum()));
        extras.put(
                "by generation p50/p99 ms",
                String.format("%.2f / %.2f", byGeneration.percentileMillis(50), byGeneration.percentileMillis(99)));
        extras.put(
                "by instant p50/p99 ms",
                String.format("%.2f / %.2f", byInstant.percentileMillis(50), byInstant.percentileMillis(99)));
        return new WorkloadResult(
                name(),
                target.name(),
                Seconds.rate(samples, reading),
                "states/s (1 client)",
                byGeneration,
                List.of(byInstant, baseline),
                verdict,
                extras);
    }
}
