package io.inventoryledger.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * W1's claim storm on a W5 fleet, run beside the candidate queries (a scheduler both asks for candidates and claims
 * them): {@code schedulers} threads claim one instance in a random tree ({@link CandidateFleet#claimIn}) for a new
 * consumer and release their oldest once they hold more than {@code keep}. Every claim changes the index the
 * queries read. Closing it stops the threads and releases what they hold.
 */
final class ClaimsBeside implements AutoCloseable {
    private final PlacementHttp http;
    private final CandidateFleet fleet;
    private final List<UUID> roots;
    private final int keep;
    private final OpStats claims = new OpStats("beside: claim PUT /allocations");
    private final OpStats releases = new OpStats("beside: release DELETE /allocations");
    private final LongAdder succeeded = new LongAdder();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Deque<UUID>> held = new ArrayList<>();
    private volatile boolean stopping;
    private long started;
    private long stopped;

    private ClaimsBeside(PlacementHttp http, CandidateFleet fleet, int keep) {
        this.http = http;
        this.fleet = fleet;
        this.roots = fleet.roots();
        this.keep = keep;
    }

    /** Starts the storm (nothing at all with zero schedulers). */
    static ClaimsBeside start(PlacementHttp http, CandidateFleet fleet, int schedulers, int keep) {
        ClaimsBeside storm = new ClaimsBeside(http, fleet, keep);
        for (int i = 0; i < schedulers; i++) {
            Deque<UUID> mine = new ArrayDeque<>();
            storm.held.add(mine);
            Thread thread = new Thread(() -> storm.schedule(mine), "w5-claims-" + i);
            thread.setDaemon(true);
            storm.threads.add(thread);
        }
        storm.started = System.nanoTime();
        storm.threads.forEach(Thread::start);
        return storm;
    }

    private void schedule(Deque<UUID> mine) {
        while (!stopping) {
            UUID consumer = UUID.randomUUID();
            UUID root = roots.get(ThreadLocalRandom.current().nextInt(roots.size()));
            if (http.call(claims, "PUT", "/allocations/" + consumer, fleet.claimIn(root))
                            .status()
                    == 204) {
                succeeded.increment();
                mine.addLast(consumer);
            }
            if (mine.size() > keep) {
                http.call(releases, "DELETE", "/allocations/" + mine.pollFirst(), null);
            }
        }
    }

    boolean running() {
        return !threads.isEmpty();
    }

    /** e.g. "85.2 claims/s; claim p50 40.1 ms ...; statuses 204:1700". */
    String describe() {
        long end = stopped == 0 ? System.nanoTime() : stopped;
        double seconds = (end - started) / 1e9;
        return String.format(
                "%d schedulers, %.1f claims/s; claims %s, statuses %s; releases statuses %s",
                threads.size(),
                succeeded.sum() / seconds,
                claims.latencySummary(),
                claims.statusCounts(),
                releases.statusCounts());
    }

    @Override
    public void close() {
        stopping = true;
        for (Thread thread : threads) {
            try {
                thread.join(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopped = System.nanoTime();
        for (Deque<UUID> mine : held) {
            mine.forEach(consumer -> http.call(null, "DELETE", "/allocations/" + consumer, null));
            mine.clear();
        }
    }
}
