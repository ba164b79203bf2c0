package io.inventoryledger.projections.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Where the reader stands in the global index, and which lower indexes it has not seen yet. A gap is an
 * append still in flight (it commits later with a lower index) or a rolled-back one (it never fills).
 * Gaps next to events older than the timeout are rolled back already, so history's gaps cost nothing;
 * a recent gap is asked for again with every read until it fills or times out.
 */
final class GapTracker {
    private static final int MAX_GAPS = 10_000;

    private final Duration timeout;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private long last;

    GapTracker(long start, Duration timeout) {
        this.last = start;
        this.timeout = timeout;
    }

    long last() {
        return last;
    }

    List<Long> gaps() {
        return List.copyOf(gaps.keySet());
    }

    void observe(StoredEvents.Position position, Instant now) {
        observe(position.globalIndex(), position::time, now);
    }

    /** The same, with the row's time asked for only when the row follows a gap. */
    void observe(long index, Supplier<Instant> time, Instant now) {
        if (gaps.remove(index) != null) {
            return;
        }
        if (index > last + 1 && time.get().isAfter(now.minus(timeout))) {
            for (long missing = Math.max(last + 1, index - MAX_GAPS); missing < index; missing++) {
                gaps.put(missing, now);
            }
        }
        last = Math.max(last, index);
    }

    /** Forgets gaps seen longer ago than the timeout: their appends rolled back. */
    void expire(Instant now) {
        gaps.values().removeIf(seen -> seen.isBefore(now.minus(timeout)));
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
    }
}
