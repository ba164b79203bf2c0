package io.inventoryledger.projections.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a running rebuild is, for operators (GET and the log): its phase, the events replayed of those the store
 * held when it started, the rate since it started and the time left at that rate. Also carries the request to
 * cancel, which the rebuild honours between batches (and while it waits to swap tables in).
 */
public final class RebuildProgress {
    private static final Logger log = LoggerFactory.getLogger(RebuildProgress.class);

    /** What the rebuild is doing. */
    public enum Phase {
        STARTING,
        REPLAYING,
        /** A bulk rebuild writes the tables it folded in memory. */
        WRITING,
        CATCHING_UP,
        COMPARING,
        SWAPPING,
        DONE
    }

    private final Clock clock;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile Instant started;
    private volatile Phase phase = Phase.STARTING;
    private volatile boolean cancelRequested;

    public RebuildProgress(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** A progress nobody watches or cancels. */
    public static RebuildProgress unwatched() {
        return new RebuildProgress(Clock.systemUTC());
    }

    void start(long eventsInStore) {
        started = clock.instant();
        total.set(eventsInStore);
    }

    void phase(Phase next) {
        phase = next;
        log.info("Rebuild progress: {}", snapshot());
    }

    void replayed(long events) {
        long now = done.addAndGet(events);
        total.accumulateAndGet(now, Math::max); // appends during the rebuild are replayed too
    }

    /** Asks the rebuild to stop at its next check; it then drops its schema and reports nothing. */
    public void cancel() {
        cancelRequested = true;
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    /** Throws {@link RebuildCancelledException} once {@link #cancel()} was called. */
    void checkCancelled() {
        if (cancelRequested) {
            throw new RebuildCancelledException();
        }
    }

    public Snapshot snapshot() {
        Instant now = clock.instant();
        long doneNow = done.get();
        long totalNow = Math.max(total.get(), doneNow);
        double seconds = Math.max(Duration.between(started, now).toMillis(), 1) / 1000.0;
        double rate = doneNow / seconds;
        Double eta = rate <= 0 ? null : (totalNow - doneNow) / rate;
        return new Snapshot(phase, doneNow, totalNow, rate, eta);
    }

    /** One reading: {@code etaSeconds} is null while nothing has been replayed yet. */
    public record Snapshot(Phase phase, long eventsDone, long eventsTotal, double eventsPerSecond, Double etaSeconds) {
        @Override
        public String toString() {
            return String.format(
                    "%s: %,d of %,d events (%,.0f events/s, ETA %s)",
                    phase.name().toLowerCase(java.util.Locale.ROOT),
                    eventsDone,
                    eventsTotal,
                    eventsPerSecond,
                    etaSeconds == null ? "unknown" : Math.round(etaSeconds) + " s");
        }
    }
}
