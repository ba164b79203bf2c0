package io.inventoryledger.projections.history;

import java.time.Instant;

/** One event as the store holds it: its global position, stream, sequence, time, payload and context. */
public record RecordedEvent(
        long position, String streamId, long sequence, Instant time, Object payload, EventContext context) {}
