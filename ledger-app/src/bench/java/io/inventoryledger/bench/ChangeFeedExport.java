package io.inventoryledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W6 history (change feed parts, {@code workloads=W6F}), part {@code feed}: grows our store to {@code w6.feed-events} events (W4's template, cloned), restarts
 * the service on it, then reads the whole change feed as one export ({@code GET /ledger/changes?format=ndjson}),
 * counting lines. Rate = events/s of that read. Verdict: every event came, at {@code w6.feed-min-rate} or more.
 */
final class ChangeFeedExport implements Workload {
    @Override
    public String name() {
        return "W6 history (feed export)";
    }

    @Override
    public List<WorkloadResult> runAll(Target target, BenchSettings settings) {
        return settings.list("w6.feed-parts").contains("feed") ? List.of(run(target, settings)) : List.of();
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        PlacementHttp http = target.http();
        if (target.ledger().isEmpty() || http.get("/ledger/changes?limit=1").status() != 200) {
            return WorkloadResult.unavailable(name(), target.name(), "no change feed");
        }
        LedgerService ledger = target.ledger().get();
        target.reset().run();
        Map<String, String> extras = new LinkedHashMap<>();
        long seedStart = System.nanoTime();
        ProjectionRebuild.writeTemplate(http, settings);
        long copies = EventStoreSeeder.cloneUntil(
                ledger.postgres(),
                ledger.database(),
                settings.integer("w6.feed-events"),
                Math.max(2, Runtime.getRuntime().availableProcessors()));
        ReadModelSeeder.clonePlacementRows(ledger.postgres(), ledger.database(), copies, 2);
        extras.put("seeding s", Seconds.format(Duration.ofNanos(System.nanoTime() - seedStart)));
        long events = EventStoreSeeder.count(ledger.postgres(), ledger.database());
        extras.put("events in store", String.valueOf(events));
        ledger.postgres().settle(ledger.database());
        ledger.restart(); // the clones were appended behind its back: no follower catching up while we read
        extras.put("read models caught up after restart", ProjectionRebuild.waitUntilCaughtUp(http));
        extras.put("service idle after s", Seconds.format(ledger.awaitIdle(Duration.ofMinutes(2))));

        OpStats export = new OpStats("GET /ledger/changes?format=ndjson");
        long start = System.nanoTime();
        long[] read = readExport(http, export);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        double rate = Seconds.rate(read[0], took);
        extras.put("export s", Seconds.format(took));
        extras.put("export MB", String.format("%.1f", read[1] / 1e6));
        double min = settings.decimal("w6.feed-min-rate");
        Verdict verdict = read[0] != events
                ? Verdict.fail("the export gave " + read[0] + " of " + events + " events")
                : rate < min
                        ? Verdict.fail(String.format("%.0f events/s, below %.0f", rate, min))
                        : Verdict.pass("every one of " + events + " events exported, at or above " + (long) min + "/s");
        return new WorkloadResult(name(), target.name(), rate, "events/s", export, List.of(), verdict, extras);
    }

    /** Lines and bytes of the whole export. */
    private static long[] readExport(PlacementHttp http, OpStats stats) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(http.baseUrl() + "/ledger/changes?format=ndjson&after=0"))
                .header("X-Auth-Token", http.token())
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            long lines = 0;
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream body = response.body()) {
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            stats.record(response.statusCode(), System.nanoTime() - start);
            return new long[] {lines, bytes};
        } catch (IOException e) {
            stats.record(OpStats.NO_ANSWER, System.nanoTime() - start);
            throw new IllegalStateException("export failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
