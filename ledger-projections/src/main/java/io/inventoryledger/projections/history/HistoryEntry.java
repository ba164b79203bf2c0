package io.inventoryledger.projections.history;

import java.time.Instant;
import java.util.UUID;

/**
 * One change in the history of a provider or consumer: where it sits in the ledger ({@code position}, the event's
 * global index; {@code streamId}), which incarnation of the uuid it concerns, the generation Placement's API showed
 * after it, what happened ({@code action}, in domain words), the diff, when, and who asked in which request.
 */
public record HistoryEntry(
        long position,
        Subject subject,
        UUID uuid,
        int incarnation,
        long generation,
        String action,
        String streamId,
        Instant time,
        EventContext context,
        Diff diff) {

    /** What kind of thing changed. */
    public enum Subject {
        RESOURCE_PROVIDER,
        CONSUMER,
        /** A custom resource class or trait (the stream names it). */
        CATALOG
    }
}
