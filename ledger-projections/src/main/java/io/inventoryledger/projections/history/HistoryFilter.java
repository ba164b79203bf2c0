package io.inventoryledger.projections.history;

import java.time.Instant;
import java.util.List;

/**
 * Which entries of a history a page shows: those after position {@code after} (the previous page's last), at or
 * after {@code since}, before {@code until}, made in request {@code requestId} (ours or global); at most
 * {@code limit}. Null filters let everything through.
 */
public record HistoryFilter(long after, Instant since, Instant until, String requestId, int limit) {

    public boolean admits(HistoryEntry entry) {
        return entry.position() > after
                && (since == null || !entry.time().isBefore(since))
                && (until == null || entry.time().isBefore(until))
                && (requestId == null || entry.context().madeIn(requestId));
    }

    /** The page of {@code entries} (in position order) this filter shows. */
    public HistoryPage page(List<HistoryEntry> entries) {
        List<HistoryEntry> admitted = entries.stream().filter(this::admits).toList();
        if (admitted.size() <= limit) {
            return new HistoryPage(admitted, null);
        }
        List<HistoryEntry> shown = admitted.subList(0, limit);
        return new HistoryPage(List.copyOf(shown), shown.get(limit - 1).position());
    }

    /** One page, and the position to continue after when there is more. */
    public record HistoryPage(List<HistoryEntry> entries, Long continueAfter) {}
}
