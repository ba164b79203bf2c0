package io.inventoryledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * W6 history (change feed parts, {@code workloads=W6F}), part {@code sse}: {@code w6.subscribers} clients follow {@code GET /ledger/changes/stream} while W1
 * runs (its setup, warm-up and measured run). Each change's delivery lag is the time it arrived minus its event
 * time (taken before the commit, on the same machine's clock). Rate = the lag's p99 in ms. Verdict: no subscriber
 * was dropped and every one received every change.
 */
final class ChangeStreamLag implements Workload {
    @Override
    public String name() {
        return "W6 history (SSE lag)";
    }

    @Override
    public List<WorkloadResult> runAll(Target target, BenchSettings settings) {
        return settings.list("w6.feed-parts").contains("sse") ? List.of(run(target, settings)) : List.of();
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        PlacementHttp http = target.http();
        if (http.get("/ledger/changes?limit=1").status() != 200) {
            return WorkloadResult.unavailable(name(), target.name(), "no change feed");
        }
        target.reset().run();
        int count = settings.integer("w6.subscribers");
        Histogram lagMicros = new ConcurrentHistogram(3_600_000_000L, 3);
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch subscribed = new CountDownLatch(count);
        List<Subscriber> subscribers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Subscriber subscriber = new Subscriber(client, http, lagMicros, subscribed);
            subscribers.add(subscriber);
            Thread thread = new Thread(subscriber, "w6-sse-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            if (!subscribed.await(60, TimeUnit.SECONDS)) {
                return WorkloadResult.aborted(
                        name(), target.name(), new IllegalStateException("subscribers did not all connect"));
            }
            WorkloadResult w1 = new ClaimStorm().run(target, settings);
            Thread.sleep(2000); // the last changes on their way
            subscribers.forEach(Subscriber::close);
            Map<String, String> extras = new LinkedHashMap<>();
            extras.put("subscribers", String.valueOf(count));
            extras.put("W1 claims/s meanwhile", String.format("%.1f", w1.rate()));
            extras.put("W1 verdict", w1.verdict().toString());
            long min =
                    subscribers.stream().mapToLong(s -> s.received.sum()).min().orElse(0);
            long max =
                    subscribers.stream().mapToLong(s -> s.received.sum()).max().orElse(0);
            extras.put("changes per subscriber", min == max ? String.valueOf(min) : min + ".." + max);
            extras.put(
                    "lag ms",
                    String.format(
                            "p50 %.1f, p99 %.1f, max %.1f",
                            lagMicros.getValueAtPercentile(50) / 1000.0,
                            lagMicros.getValueAtPercentile(99) / 1000.0,
                            lagMicros.getMaxValue() / 1000.0));
            int dropped = (int)
                    subscribers.stream().filter(s -> s.endedEarly.get() > 0).count();
            Verdict verdict = dropped > 0
                    ? Verdict.fail(dropped + " subscribers dropped or failed")
                    : min != max || min == 0
                            ? Verdict.fail("subscribers received different counts: " + min + ".." + max)
                            : Verdict.pass("all " + count + " subscribers received all " + min + " changes");
            return new WorkloadResult(
                    name(),
                    target.name(),
                    lagMicros.getValueAtPercentile(99) / 1000.0,
                    "ms p99 lag",
                    w1.primary(),
                    List.of(),
                    verdict,
                    extras);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            subscribers.forEach(Subscriber::close);
        }
    }

    /** One follower of the stream: counts changes and records each one's lag. */
    private static final class Subscriber implements Runnable {
        private static final String TIME = "\"time\":\"";
        private final HttpClient client;
        private final PlacementHttp http;
        private final Histogram lagMicros;
        private final CountDownLatch subscribed;
        private final LongAdder received = new LongAdder();
        private final AtomicInteger endedEarly = new AtomicInteger();
        private volatile InputStream body;
        private volatile boolean closing;

        Subscriber(HttpClient client, PlacementHttp http, Histogram lagMicros, CountDownLatch subscribed) {
            this.client = client;
            this.http = http;
            this.lagMicros = lagMicros;
            this.subscribed = subscribed;
        }

        @Override
        public void run() {
            HttpRequest request = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/ledger/changes/stream"))
                    .header("X-Auth-Token", http.token())
                    .header("Accept", "text/event-stream")
                    .build();
            try {
                body = client.send(request, HttpResponse.BodyHandlers.ofInputStream())
                        .body();
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith(":") && line.substring(1).trim().equals("subscribed")) {
                            subscribed.countDown();
                        } else if (line.startsWith("data:")) {
                            long now = System.currentTimeMillis() * 1000;
                            int at = line.indexOf(TIME);
                            if (at >= 0) {
                                int from = at + TIME.length();
                                Instant time = Instant.parse(line.substring(from, line.indexOf('"', from)));
                                lagMicros.recordValue(Math.max(0, now - time.toEpochMilli() * 1000));
                            }
                            received.increment();
                        }
                    }
                }
            } catch (IOException e) {
                // closed by us, or dropped
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!closing) {
                endedEarly.incrementAndGet();
            }
        }

        void close() {
            closing = true;
            InputStream stream = body;
            if (stream != null) {
                try {
                    stream.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
    }
}
