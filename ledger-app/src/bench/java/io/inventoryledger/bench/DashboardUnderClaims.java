package io.inventoryledger.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * W6: the dashboard's queries while W1's claims run, at {@code w6.providers} providers (in {@code w6.aggregates}
 * aggregates) holding {@code w6.consumers} consumers of 10 projects (seeded with POST /allocations, {@code w6.batch}
 * consumers a request). {@code w6.readers} clients loop over every dashboard route while {@code w6.schedulers} claim and
 * release as W1 does. Rate: dashboard answers/s; each route's latency is its own row.
 */
final class DashboardUnderClaims implements Workload {
    private static final List<String> ROUTES = List.of(
            "/ledger/dashboard/classes",
            "/ledger/dashboard/aggregates?limit=50",
            "/ledger/dashboard/roots?limit=50",
            "/ledger/dashboard/usages/projects?limit=50",
            "/ledger/dashboard/usages/users?limit=50",
            "/ledger/dashboard/providers/fullest?resource_class=VCPU&limit=10",
            "/ledger/dashboard/providers/hottest?minutes=10&limit=10",
            "/ledger/dashboard/series?resource_class=VCPU&bucket=minute&buckets=60",
            "/ledger/dashboard/series?resource_class=VCPU&bucket=hour&buckets=48");

    @Override
    public String name() {
        return "W6 dashboard under claims";
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        PlacementHttp http = target.http();
        if (http.get("/ledger/dashboard/classes").status() != 200) {
            return WorkloadResult.unavailable(name(), target.name(), "no dashboard API");
        }
        int threads = settings.integer("setup.threads");
        List<UUID> providers = ProviderSeeder.create(
                http, "w6-cn", settings.integer("w6.providers"), ProviderSeeder.computeNode(), threads);
        int aggregateCount = settings.integer("w6.aggregates");
        List<UUID> aggregates = IntStream.range(0, aggregateCount)
                .mapToObj(i -> UUID.randomUUID())
                .toList();
        Parallel.forEach(
                threads,
                IntStream.range(0, providers.size()).boxed().toList(),
                i -> http.call(
                                null,
                                "PUT",
                                "/resource_providers/" + providers.get(i) + "/aggregates",
                                Map.of(
                                        "resource_provider_generation",
                                        1,
                                        "aggregates",
                                        List.of(aggregates
                                                .get(i % aggregateCount)
                                                .toString())))
                        .expect(200));
        List<String> projects = IntStream.range(0, 10)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        int batch = settings.integer("w6.batch");
        int batches = settings.integer("w6.consumers") / batch;
        Parallel.forEach(threads, IntStream.range(0, batches).boxed().toList(), request -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Map<String, Object> body = new LinkedHashMap<>();
            for (int i = 0; i < batch; i++) {
                Map<String, Object> consumer = new LinkedHashMap<>();
                consumer.put(
                        "allocations",
                        Map.of(
                                providers.get(random.nextInt(providers.size())).toString(),
                                Map.of("resources", ClaimStorm.INSTANCE)));
                consumer.put("project_id", projects.get(random.nextInt(projects.size())));
                consumer.put("user_id", "user-" + random.nextInt(32));
                consumer.put("consumer_generation", null);
                body.put(UUID.randomUUID().toString(), consumer);
            }
            http.call(null, "POST", "/allocations", body).expect(204);
        });
        // the seeding is set-up: the dashboard's processor applies its backlog before the measurement starts
        String caughtUp = ProjectionRebuild.waitUntilCaughtUp(http);
        target.settle().run();

        int schedulers = settings.integer("w6.schedulers");
        LongAdder claimed = new LongAdder();
        OpStats claims = new OpStats("W1-like claim PUT /allocations (meanwhile)");
        List<Deque<UUID>> held = IntStream.range(0, schedulers)
                .mapToObj(i -> (Deque<UUID>) new ArrayDeque<UUID>())
                .toList();
        Duration duration = settings.seconds("duration");
        CompletableFuture<Duration> claiming =
                CompletableFuture.supplyAsync(() -> Parallel.loop(schedulers, duration, worker -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    UUID consumer = UUID.randomUUID();
                    Reply reply = http.call(
                            claims,
                            "PUT",
                            "/allocations/" + consumer,
                            ClaimStorm.claimBody(
                                    providers.get(random.nextInt(providers.size())),
                                    projects.get(random.nextInt(projects.size())),
                                    "user-" + worker));
                    if (reply.status() == 204) {
                        claimed.increment();
                        held.get(worker).addLast(consumer);
                    }
                    if (held.get(worker).size() > 16) {
                        http.call(
                                null,
                                "DELETE",
                                "/allocations/" + held.get(worker).pollFirst(),
                                null);
                    }
                    return true;
                }));
        Map<String, OpStats> perRoute = new LinkedHashMap<>();
        ROUTES.forEach(route -> perRoute.put(route, new OpStats("GET " + route)));
        OpStats all = new OpStats("every dashboard GET");
        LongAdder answered = new LongAdder();
        LongAdder refused = new LongAdder();
        // the dashboard's users are not the schedulers: under noauth2, a system reader of their own
        PlacementHttp wallboard = "admin".equals(http.token()) ? http.noauthSystemReader("wallboard") : http;
        Duration took = Parallel.loop(settings.integer("w6.readers"), duration, worker -> {
            for (String route : ROUTES) {
                long start = System.nanoTime();
                Reply reply = wallboard.call(perRoute.get(route), "GET", route, null);
                all.record(reply.status(), System.nanoTime() - start);
                (reply.status() == 200 ? answered : refused).increment();
            }
            return true;
        });
        Duration claimTook = claiming.join();
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put(
                "providers / aggregates / seeded consumers",
                providers.size() + " / " + aggregateCount + " / " + batches * batch);
        extras.put("read models caught up after seeding", caughtUp);
        extras.put("readers", wallboard == http ? "the schedulers' user" : "a system reader (wallboard) of their own");
        extras.put("claims/s meanwhile", String.format("%.1f", Seconds.rate(claimed.sum(), claimTook)));
        perRoute.forEach((route, stats) -> extras.put(route, stats.latencySummary()));
        return new WorkloadResult(
                name(),
                target.name(),
                Seconds.rate(answered.sum(), took),
                "answers/s",
                all,
                new ArrayList<>(perRoute.values()),
                refused.sum() == 0
                        ? Verdict.pass("every dashboard answer 200")
                        : Verdict.fail(refused.sum() + " dashboard answers were not 200"),
                extras);
    }
}
