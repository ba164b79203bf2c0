package io.inventoryledger.projections.schema;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An event's time as the read model stores it: to the millisecond, as the event store keeps it, so that a
 * rebuild from the history writes exactly what the live handlers wrote.
 */
public final class EventTimes {
    private EventTimes() {}

    public static Timestamp of(Instant time) {
        return Timestamp.from(stored(time));
    }

    /** The time at the stored precision, for rows held in memory. */
    public static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MILLIS);
    }
}
