package io.inventoryledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * How soon a second node's candidates show a write made on the first, while the load runs: a probe provider of its
 * own (VCPU only, outside the fleet, so nothing else writes it) gets a claim or a release on the writing node every
 * {@code period}; from that write's answer, the second node's {@code GET /allocation_candidates?in_tree=probe} is
 * asked until its summary shows the new usage (asked back to back: the figure includes one query's time on the
 * second node). Closing it stops the probe and removes what it made.
 */
final class FollowerProbe implements AutoCloseable {
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final PlacementHttp writer;
    private final PlacementHttp follower;
    private final UUID probe = UUID.randomUUID();
    private final OpStats visible = new OpStats("second node shows a write after (ms from the write's answer)");
    private final Deque<UUID> held = new ArrayDeque<>();
    private final Thread thread;
    private volatile boolean stopping;
    private int notSeen;

    private FollowerProbe(PlacementHttp writer, PlacementHttp follower, long periodMillis) {
        this.writer = writer;
        this.follower = follower;
        this.thread = new Thread(() -> loop(periodMillis), "w5-follower-probe");
        thread.setDaemon(true);
    }

    static FollowerProbe start(PlacementHttp writer, PlacementHttp follower, long periodMillis) {
        FollowerProbe probe = new FollowerProbe(writer, follower, periodMillis);
        probe.create();
        probe.thread.start();
        return probe;
    }

    private String path() {
        return "/allocation_candidates?resources=VCPU:1&limit=1&in_tree=" + probe;
    }

    private void create() {
        writer.call(null, "POST", "/resource_providers", Map.of("name", "w5-probe-" + probe, "uuid", probe))
                .expect(200, 201);
        writer.call(
                        null,
                        "PUT",
                        "/resource_providers/" + probe + "/inventories",
                        Map.of(
                                "resource_provider_generation",
                                0,
                                "inventories",
                                Map.of("VCPU", Map.of("total", 1_000_000))))
                .expect(200);
        if (awaitUsed(0) < 0) {
            throw new IllegalStateException("the second node never showed the probe provider " + probe);
        }
    }

    private void loop(long periodMillis) {
        while (!stopping) {
            boolean claim = held.size() < 4;
            UUID consumer = claim ? UUID.randomUUID() : held.pollFirst();
            Reply reply = claim
                    ? writer.call(null, "PUT", "/allocations/" + consumer, claimBody())
                    : writer.call(null, "DELETE", "/allocations/" + consumer, null);
            if (reply.status() != 204) {
                continue;
            }
            if (claim) {
                held.addLast(consumer);
            }
            long answered = System.nanoTime();
            long seen = awaitUsed(held.size());
            if (seen < 0) {
                notSeen++;
            } else {
                visible.record(200, seen - answered);
            }
            Pause.millis(periodMillis); // the probe's period, not a wait for a condition
        }
    }

    private Map<String, Object> claimBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocations", Map.of(probe.toString(), Map.of("resources", Map.of("VCPU", 1))));
        body.put("consumer_generation", null);
        body.put("project_id", probe.toString());
        body.put("user_id", probe.toString());
        body.put("consumer_type", "INSTANCE"); // required from 1.38 (W5 asks at 1.39)
        return body;
    }

    /** Asks the second node until the probe's VCPU usage is {@code used}; returns when (nanoTime), or -1. */
    private long awaitUsed(long used) {
        long deadline = System.nanoTime() + GIVE_UP_NANOS;
        while (System.nanoTime() < deadline) {
            Reply reply = follower.get(path());
            if (reply.status() == 200) {
                JsonNode summary = reply.json().path("provider_summaries").path(probe.toString());
                if (!summary.isMissingNode()
                        && summary.path("resources").path("VCPU").path("used").asLong(-1) == used) {
                    return System.nanoTime();
                }
            }
        }
        return -1;
    }

    /** e.g. "42 writes seen: p50 21.3 ms, p95 ..., max ...; 0 not seen within 10 s". */
    String describe() {
        return visible.count() + " writes seen: " + visible.latencySummary() + "; " + notSeen + " not seen within 10 s";
    }

    @Override
    public void close() {
        stopping = true;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        held.forEach(consumer -> writer.call(null, "DELETE", "/allocations/" + consumer, null));
        writer.call(null, "DELETE", "/resource_providers/" + probe, null);
    }
}
