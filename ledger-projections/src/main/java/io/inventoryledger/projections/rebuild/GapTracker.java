package io.inventoryledger.projections.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Where the reader stands in the global index, and which lower indexes it has not seen yet. A gap is an
 * append still in flight (it commits later with a lower index) or a rolled-back one (it never fills).
 * Gaps next to events older than the timeout are rolled back already, so history's gaps cost nothing;
 * a recent gap is asked for again with every read until it fills or times out. The rebuild's catch-up and the
 * change feed ({@code projections.feed}) both read the store through it.
 */
public final class GapTracker {
    /** The most gaps a tracker (and so a feed position) holds: beyond it the lowest, oldest ones are dropped. */
    public static final int MAX_GAPS = 10_000;

    private final Duration timeout;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private long last;

    public GapTracker(long start, Duration timeout) {
        this.last = start;
        this.timeout = timeout;
    }

    /** A tracker that stands where another one stood: its last index and its gaps with the time each was seen. */
    public static GapTracker resume(long last, Map<Long, Instant> gaps, Duration timeout) {
        GapTracker tracker = new GapTracker(last, timeout);
        gaps.forEach((index, seen) -> {
            if (index < last) {
                tracker.gaps.put(index, seen);
            }
        });
        return tracker;
    }

    public long last() {
        return last;
    }

    public List<Long> gaps() {
        return List.copyOf(gaps.keySet());
    }

    public boolean hasGaps() {
        return !gaps.isEmpty();
    }

    /** The gaps with the time each was first seen (for a position handed to a reader that comes back later). */
    public SortedMap<Long, Instant> gapsSeen() {
        return new TreeMap<>(gaps);
    }

    void observe(StoredEvents.Position position, Instant now) {
        observe(position.globalIndex(), position::time, now);
    }

    /** The same, with the row's time asked for only when the row follows a gap. */
    public void observe(long index, Supplier<Instant> time, Instant now) {
        if (gaps.remove(index) != null) {
            return;
        }
        if (index > last + 1 && time.get().isAfter(now.minus(timeout))) {
            for (long missing = Math.max(last + 1, index - MAX_GAPS); missing < index; missing++) {
                gaps.put(missing, now);
            }
            dropBeyondBound();
        }
        last = Math.max(last, index);
    }

    /** Forgets gaps seen longer ago than the timeout: their appends rolled back. */
    public void expire(Instant now) {
        gaps.values().removeIf(seen -> seen.isBefore(now.minus(timeout)));
        dropBeyondBound();
    }

    private void dropBeyondBound() {
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
    }
}
