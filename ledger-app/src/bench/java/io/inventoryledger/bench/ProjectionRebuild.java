package io.inventoryledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * W4: grows our event store to {@code w4.events} events (a template written through the API, then cloned; see
 * {@link EventStoreSeeder}, with the live read model's rows cloned alike by {@link ReadModelSeeder}, then made
 * exactly what the handlers make of the clones by one repairing rebuild, not timed), restarts the
 * service on that store (timing its start-up), then rebuilds every projection through {@code POST w4.path}: the
 * figure is that first rebuild; a second one is timed too. Verdict: the
 * rebuild answered 2xx, found every rebuilt table equal to the live one, and sampled cloned providers read back
 * with their template's generation. Without the endpoint the store is still seeded and the start-up timed. Placement has no
 * event store: not available there.
 */
final class ProjectionRebuild implements Workload {
    private static final int SAMPLES = 20;

    @Override
    public String name() {
        return "W4 rebuild";
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        if (target.ledger().isEmpty()) {
            return WorkloadResult.unavailable(name(), target.name(), "no event store");
        }
        LedgerService ledger = target.ledger().get();
        PlacementHttp http = target.http();
        String path = settings.text("w4.path");
        int probe = http.call(null, "POST", path, null).status();
        boolean rebuildServed = !(probe == 404 || probe == 405 || probe == 501 || probe == OpStats.NO_ANSWER);

        List<UUID> templateProviders = writeTemplate(http, settings);
        Map<UUID, Long> templateGenerations = new LinkedHashMap<>();
        templateProviders.forEach(uuid -> templateGenerations.put(
                uuid,
                http.get("/resource_providers/" + uuid)
                        .expect(200)
                        .json()
                        .path("generation")
                        .asLong()));
        long seedStart = System.nanoTime();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        long copies = EventStoreSeeder.cloneUntil(
                ledger.postgres(), ledger.database(), settings.integer("w4.events"), threads);
        ReadModelSeeder.cloneRows(ledger.postgres(), ledger.database(), copies, threads);
        Duration seeding = Duration.ofNanos(System.nanoTime() - seedStart);
        long events = EventStoreSeeder.count(ledger.postgres(), ledger.database());
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("events in store", String.valueOf(events));
        extras.put("seeding s", Seconds.format(seeding));
        if (rebuildServed) {
            // Rows of the history and dashboard read models name global indexes (history positions) or sum over every
            // provider (dashboard totals and series): cloning rows by uuid cannot make them. One repairing rebuild
            // (not timed) makes the live read model what the handlers make of the cloned events; the timed rebuilds
            // below must then find every table equal again.
            long repairStart = System.nanoTime();
            Reply repair = http.with(settings.text("microversion"), Duration.ofHours(1))
                    .call(null, "POST", path + (path.contains("?") ? "&" : "?") + "repair=true", null);
            extras.put(
                    "repairing rebuild after seeding",
                    repair.status() + ", repaired "
                            + repair.json().path("repaired").asText("?") + ", "
                            + Seconds.format(Duration.ofNanos(System.nanoTime() - repairStart)) + " s");
        }
        long settleStart = System.nanoTime();
        ledger.postgres().settle(ledger.database());
        extras.put("vacuum + checkpoint s", Seconds.format(Duration.ofNanos(System.nanoTime() - settleStart)));
        // A node starting on this store, as after a restore: its candidate index loads from the read tables, with
        // nothing left to follow (the clones were appended behind the running service's back, which its tracking
        // processor would otherwise still be reading while the rebuild is timed).
        ledger.restart();
        extras.put("start-up s with store", Seconds.format(ledger.lastStartup()));
        extras.put("processors caught up", waitUntilCaughtUp(http));
        extras.put("service idle after s", Seconds.format(ledger.awaitIdle(Duration.ofMinutes(2))));

        OpStats rebuilds = new OpStats("POST " + path);
        Verdict verdict = Verdict.notAvailable("POST " + path + " answers " + probe + "; start-up time measured");
        double rate = Double.NaN;
        if (rebuildServed) {
            PlacementHttp patient = http.with(settings.text("microversion"), Duration.ofHours(1));
            long start = System.nanoTime();
            Reply rebuilt = patient.call(rebuilds, "POST", path, null);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            rate = Seconds.rate(events, took);
            extras.put("rebuild s", Seconds.format(took));
            extras.put("rebuild answer", abbreviate(rebuilt.body()));
            if (rebuilt.status() / 100 != 2) {
                verdict = Verdict.fail("rebuild answered " + rebuilt.status() + ": " + abbreviate(rebuilt.body()));
            } else if (!rebuilt.json().path("equal").asBoolean(false)) {
                verdict = Verdict.fail("rebuilt tables differ from the live ones: " + abbreviate(rebuilt.body()));
            } else {
                verdict = sampleClones(http, templateGenerations, copies);
            }
            // the figure is the first rebuild (its code not yet compiled by the JIT, as after any start); the
            // second shows the same work with the code compiled
            long again = System.nanoTime();
            Reply second = patient.call(new OpStats("POST " + path + " again"), "POST", path, null);
            extras.put(
                    "second rebuild s",
                    second.status() / 100 == 2
                            ? Seconds.format(Duration.ofNanos(System.nanoTime() - again))
                            : "answered " + second.status());
        }

        return new WorkloadResult(name(), target.name(), rate, "events/s", rebuilds, List.of(), verdict, extras);
    }

    /** Whether (and how soon) the service reports every event processor caught up with the store. */
    static String waitUntilCaughtUp(PlacementHttp http) {
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            Reply status = http.get("/ledger/ops/processors");
            if (status.status() == 404) {
                return "unknown (no /ledger/ops/processors)";
            }
            if (status.status() == 200 && status.json().path("caught_up").asBoolean(false)) {
                return "yes, after " + Seconds.format(Duration.ofNanos(System.nanoTime() - started)) + " s";
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return "NO, still behind";
    }

    /** The realistic history to clone: providers, their inventories, periodic updates, and claims when served. */
    static List<UUID> writeTemplate(PlacementHttp http, BenchSettings settings) {
        List<UUID> providers = ProviderSeeder.create(
                http,
                "w4-cn",
                settings.integer("w4.template-providers"),
                ProviderSeeder.computeNode(),
                settings.integer("setup.threads"));
        boolean claims = ProviderSeeder.servesAllocations(http);
        Parallel.forEach(settings.integer("setup.threads"), providers, provider -> {
            long generation = 1;
            for (int update = 1; update <= settings.integer("w4.template-updates"); update++) {
                Map<String, Object> inventories = new LinkedHashMap<>(ProviderSeeder.computeNode());
                inventories.put("MEMORY_MB", Map.of("total", 262144, "reserved", 8 * update, "allocation_ratio", 1.5));
                generation = http.call(
                                null,
                                "PUT",
                                "/resource_providers/" + provider + "/inventories",
                                Map.of("resource_provider_generation", generation, "inventories", inventories))
                        .expect(200)
                        .json()
                        .path("resource_provider_generation")
                        .asLong();
            }
            if (claims) {
                List<UUID> consumers =
                        IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID()).toList();
                consumers.forEach(c -> http.call(
                                null,
                                "PUT",
                                "/allocations/" + c,
                                ClaimStorm.claimBody(
                                        provider,
                                        UUID.randomUUID().toString(),
                                        UUID.randomUUID().toString()))
                        .expect(204));
                consumers
                        .subList(0, 2)
                        .forEach(c -> http.call(null, "DELETE", "/allocations/" + c, null)
                                .expect(204));
            }
        });
        return providers;
    }

    private static Verdict sampleClones(PlacementHttp http, Map<UUID, Long> templateGenerations, long copies) {
        if (copies == 0) {
            return Verdict.pass("rebuilt (no clones needed)");
        }
        List<UUID> templates = List.copyOf(templateGenerations.keySet());
        Queue<String> wrong = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < SAMPLES; i++) {
            UUID template = templates.get(i % templates.size());
            long copy = 1 + (copies - 1) * i / Math.max(1, SAMPLES - 1);
            UUID clone = EventStoreSeeder.cloneOf(template.toString(), copy);
            Reply reply = http.get("/resource_providers/" + clone);
            JsonNode json = reply.json();
            if (reply.status() != 200 || json.path("generation").asLong() != templateGenerations.get(template)) {
                wrong.add(clone + " answered " + reply.status() + " generation " + json.path("generation"));
            }
        }
        return wrong.isEmpty()
                ? Verdict.pass(SAMPLES + " sampled cloned providers read back with their template's generation")
                : Verdict.fail(wrong.size() + "/" + SAMPLES + " sampled clones wrong, e.g. " + wrong.peek());
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
