package io.inventoryledger.projections.audit;

import java.util.List;

/**
 * What a walk over every stream found: how many streams and events it checked, how many events carry no link
 * (written to the embedded store before links existed), and the first broken link of each broken stream.
 */
public record VerificationReport(
        long streams, long events, long unchained, List<BrokenLink> broken, boolean truncated) {
    public boolean intact() {
        return broken.isEmpty();
    }

    /** The first event of a stream whose link does not hold, and why. */
    public record BrokenLink(String stream, long sequence, long globalIndex, String eventId, Problem problem) {}

    public enum Problem {
        /** The event's content or its link differs from what was appended. */
        LINK_MISMATCH,
        /** Events before this one are missing from its stream (its sequence does not follow the previous one). */
        EVENTS_MISSING,
        /** The event has no link although the store links every event it writes. */
        LINK_MISSING
    }
}
