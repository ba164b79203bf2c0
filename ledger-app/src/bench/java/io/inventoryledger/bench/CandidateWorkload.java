package io.inventoryledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * W5: the scheduler's GET /allocation_candidates over a large fleet (flat compute nodes, and trees of 7 as Placement's
 * nested perfload job), a mix of queries (plain; required + member_of; granular with group_policy) from 10 and 100
 * concurrent clients, {@code w5.seconds} each after a short warm-up. One row per fleet and client count.
 *
 * <p>The fleet is seeded through the API only when the target does not already hold exactly it (uuids are derived
 * from names), and re-checked after every measurement: another user resetting a shared reference Placement mid-run
 * makes the run re-seed and measure again (up to twice). Every {@code w5.check-every}-th answer is checked
 * ({@link CandidateCheck}) against the fleet.
 */
final class CandidateWorkload implements Workload {
    private static final int ATTEMPTS = 3;

    @Override
    public String name() {
        return "W5 candidates";
    }

    @Override
    public boolean resetsItself() {
        return true;
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        return runAll(target, settings).get(0);
    }

    @Override
    public List<WorkloadResult> runAll(Target target, BenchSettings settings) {
        PlacementHttp http = target.http().with(settings.text("w5.microversion"), Duration.ofSeconds(120));
        List<WorkloadResult> results = new ArrayList<>();
        for (String variant : settings.list("w5.variants")) {
            BulkFleet bulk = BulkFleet.of(variant, settings);
            CandidateFleet fleet = switch (variant) {
                case "flat" -> CandidateFleet.flat(settings.integer("w5.providers"));
                case "nested" -> CandidateFleet.nested(settings.integer("w5.trees"));
                case "flat100k", "nested70k" -> bulk.fleet();
                default ->
                    throw new IllegalArgumentException(
                            "unknown w5 variant " + variant + " (flat, nested, flat100k, nested70k)");
            };
            int limit = settings.integer("w5.limit");
            List<CandidateQuery> mix =
                    variant.startsWith("flat") ? CandidateQuery.flatMix(limit) : CandidateQuery.nestedMix(limit);
            String seeding;
            if (bulk == null) {
                seeding = ensureSeeded(target, http, fleet, settings);
            } else if (target.ledger().isEmpty()) {
                results.add(WorkloadResult.unavailable(
                        String.format("W5 candidates %s %,d providers", variant, fleet.size()),
                        target.name(),
                        "seeded in bulk into our event store only: through the API at Placement's ~41 providers/s"
                                + " it would take " + fleet.size() / 41 / 60 + " min"));
                continue;
            } else {
                seeding = bulk.ensureSeeded(target, http, settings);
            }
            LedgerService secondNode = startSecondNode(target, settings);
            for (int clients : settings.list("w5.clients").stream()
                    .mapToInt(Integer::parseInt)
                    .toArray()) {
                String row =
                        String.format("W5 candidates %s %,d providers, %d clients", variant, fleet.size(), clients);
                WorkloadResult result = null;
                for (int attempt = 1; attempt <= ATTEMPTS && result == null; attempt++) {
                    WorkloadResult measured;
                    try (ClaimsBeside storm = ClaimsBeside.start(
                                    http,
                                    fleet,
                                    settings.integer("w5.storm-schedulers"),
                                    settings.integer("w5.storm-keep"));
                            FollowerProbe probe = secondNode == null
                                    ? null
                                    : FollowerProbe.start(http, http.at(secondNode.baseUrl()), 250)) {
                        measured = measure(row, target, http, fleet, mix, clients, settings);
                        if (storm.running()) {
                            measured.extras().put("W1 claims beside", storm.describe());
                        }
                        if (probe != null) {
                            measured.extras().put("second node shows a write of the first", probe.describe());
                        }
                    }
                    if (bulk != null) {
                        measured.extras().putAll(bulk.extras());
                    }
                    if (fleet.presentOn(http)) {
                        result = measured;
                    } else {
                        say(
                                target,
                                "the fleet changed during the measurement (another run reset the target?); "
                                        + "re-seeding and measuring again");
                        seeding = (bulk == null
                                        ? ensureSeeded(target, http, fleet, settings)
                                        : bulk.ensureSeeded(target, http, settings))
                                + " (re-seeded)";
                    }
                }
                if (result == null) {
                    throw new IllegalStateException("the fleet kept changing under " + row);
                }
                result.extras().put("seeding s", seeding);
                seeding = "-";
                results.add(result);
            }
            if (secondNode != null) {
                secondNode.stop();
            }
        }
        return results;
    }

    /**
     * With {@code w5.second-node=on} and our service: a second node on the same database ({@code ours.port + 1}),
     * whose candidates must show the first node's writes soon ({@link FollowerProbe}); null otherwise.
     */
    private static LedgerService startSecondNode(Target target, BenchSettings settings) {
        if (target.ledger().isEmpty() || !settings.text("w5.second-node").equals("on")) {
            return null;
        }
        LedgerService second = target.ledger().get().secondNode(settings.integer("ours.port") + 1);
        Runtime.getRuntime().addShutdownHook(new Thread(second::stop));
        second.start();
        say(target, "second node up on " + second.baseUrl() + " in " + Seconds.format(second.lastStartup()) + " s");
        return second;
    }

    /** Seeds the fleet unless the target holds exactly it; returns the seeding time, or "reused". */
    private static String ensureSeeded(
            Target target, PlacementHttp http, CandidateFleet fleet, BenchSettings settings) {
        if (fleet.presentOn(http)) {
            say(target, "already holds the " + fleet.variant() + " fleet: reused");
            return "reused";
        }
        target.reset().run();
        say(target, "seeding " + fleet.size() + " " + fleet.variant() + " providers through the API ...");
        long start = System.nanoTime();
        fleet.seed(http, settings.integer("w5.seed-threads"), settings.seconds("w5.seed-max-seconds"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!fleet.presentOn(http)) {
            throw new IllegalStateException("after seeding, the target does not hold exactly the " + fleet.variant()
                    + " fleet (other providers there, or a reset meanwhile)");
        }
        say(
                target,
                String.format(
                        "seeded in %.1f s (%.0f providers/s)", Seconds.of(took), fleet.size() / Seconds.of(took)));
        return Seconds.format(took);
    }

    private static WorkloadResult measure(
            String row,
            Target target,
            PlacementHttp http,
            CandidateFleet fleet,
            List<CandidateQuery> mix,
            int clients,
            BenchSettings settings) {
        AtomicLong sequence = new AtomicLong();
        Parallel.loop(clients, settings.seconds("w5.warmup"), worker -> {
            http.call(
                    null,
                    "GET",
                    mix.get((int) (sequence.getAndIncrement() % mix.size())).path(),
                    null);
            return true;
        });
        OpStats all = new OpStats("GET /allocation_candidates (mix)");
        Map<String, OpStats> byKind = new LinkedHashMap<>();
        mix.forEach(q -> byKind.put(q.kind(), new OpStats("  " + q.kind())));
        int checkEvery = settings.integer("w5.check-every");
        LongAdder ok = new LongAdder();
        LongAdder checked = new LongAdder();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        String loadBefore = loadAverage();
        EngineFigures engineBefore = EngineFigures.read(http);
        Duration took = Parallel.loop(clients, settings.seconds("w5.seconds"), worker -> {
            long n = sequence.getAndIncrement();
            CandidateQuery query = mix.get((int) (n % mix.size()));
            long start = System.nanoTime();
            Reply reply = http.call(byKind.get(query.kind()), "GET", query.path(), null);
            all.record(reply.status(), System.nanoTime() - start);
            if (reply.status() == 200) {
                ok.increment();
                if (n % checkEvery < mix.size()) {
                    checked.increment();
                    String problem = CandidateCheck.problem(query, fleet, reply.json());
                    if (problem != null) {
                        problems.add(query.kind() + ": " + problem);
                    }
                }
            }
            return true;
        });
        Verdict verdict;
        if (!problems.isEmpty()) {
            verdict = Verdict.fail(problems.size() + " of " + checked.sum() + " checked answers wrong, e.g. "
                    + abbreviate(problems.peek()));
        } else if (checked.sum() == 0) {
            verdict = Verdict.fail("no answer to check (statuses " + all.statusCounts() + ")");
        } else {
            verdict = Verdict.pass(checked.sum() + " sampled answers consistent with the fleet (capacity, traits,"
                    + " aggregates, groups)");
        }
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("answers checked", String.valueOf(checked.sum()));
        extras.put("load average (1 min) before / after", loadBefore + " / " + loadAverage());
        String engine = EngineFigures.read(http).perQuerySince(engineBefore);
        if (!engine.equals("-")) {
            extras.put("engine (service's own metrics)", engine);
        }
        return new WorkloadResult(
                row,
                target.name(),
                Seconds.rate(ok.sum(), took),
                "queries/s",
                all,
                new ArrayList<>(byKind.values()),
                verdict,
                extras);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void say(Target target, String line) {
        System.out.println("bench: [" + target.name() + "] W5: " + line);
    }
}
