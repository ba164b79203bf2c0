package io.inventoryledger.app.system;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine, except that reads in global order (what the candidate index's follower streams)
 * start at most once per {@code pace} unless the previous one came back full. Axon's event store wakes its
 * reader on every local commit and reads until a batch comes back empty, so under load it queried the store
 * several hundred times a second, re-reading this node's own events a few at a time: about four statements per
 * write. Paced, a busy node reads its followers' events in batches, and another node's write still arrives
 * within the pace. Aggregate loads and appends are not affected.
 */
final class PacedJdbcEventStorageEngine extends JdbcEventStorageEngine {
    private final long paceNanos;
    private volatile long lastReadStarted = System.nanoTime();
    private volatile boolean catchingUp;

    PacedJdbcEventStorageEngine(Builder builder, long paceNanos) {
        super(builder);
        this.paceNanos = paceNanos;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (!catchingUp) {
            awaitPace();
        }
        lastReadStarted = System.nanoTime();
        List<? extends TrackedEventData<?>> batch = super.fetchTrackedEvents(lastToken, batchSize);
        catchingUp = batch.size() >= batchSize;
        return batch;
    }

    /** Waits, holding no connection, until the pace has passed since the previous read started. */
    private void awaitPace() {
        long due = lastReadStarted + paceNanos;
        for (long left = due - System.nanoTime();
                left > 0 && !Thread.currentThread().isInterrupted();
                left = due - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
    }
}
