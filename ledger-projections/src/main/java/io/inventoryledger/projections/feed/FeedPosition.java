package io.inventoryledger.projections.feed;

import io.inventoryledger.projections.rebuild.GapTracker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a reader of the change feed stands: the highest global index it has passed, and the lower indexes it has
 * not seen yet because their appends were still in flight (with when each gap was first seen). Rendered as an
 * opaque string: the bare index when there are no gaps ({@code "0"} is the beginning), else
 * {@code <index>-<base64url of the gaps>}. A reader that resumes from it gets every gap that has committed since.
 */
public record FeedPosition(long last, SortedMap<Long, Instant> gaps) {
    public static final FeedPosition START = new FeedPosition(0, new TreeMap<>());

    public FeedPosition {
        gaps = Collections.unmodifiableSortedMap(new TreeMap<>(gaps));
    }

    public static FeedPosition of(GapTracker tracker) {
        return new FeedPosition(tracker.last(), tracker.gapsSeen());
    }

    public GapTracker tracker(Duration gapTimeout) {
        return GapTracker.resume(last, gaps, gapTimeout);
    }

    /** Whether a reader at this position has passed {@code index} (read it, or known it never committed). */
    public boolean covers(long index) {
        return index <= last && !gaps.containsKey(index);
    }

    /** Reads a position made by {@link #toString()}; refuses anything else with an IllegalArgumentException. */
    public static FeedPosition parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 200_000) {
            throw new IllegalArgumentException("empty or oversized position");
        }
        int dash = text.indexOf('-');
        long last = parseIndex(dash < 0 ? text : text.substring(0, dash));
        SortedMap<Long, Instant> gaps = new TreeMap<>();
        if (dash >= 0) {
            String ranges = new String(Base64.getUrlDecoder().decode(text.substring(dash + 1)), StandardCharsets.UTF_8);
            for (String range : ranges.split(";", -1)) {
                String[] parts = range.split("[+@]", -1);
                if (parts.length != 3) {
                    throw new IllegalArgumentException("bad gap range");
                }
                long start = parseIndex(parts[0]);
                long count = parseIndex(parts[1]);
                Instant seen = Instant.ofEpochMilli(parseIndex(parts[2]));
                if (count < 1 || start + count > last || gaps.size() + count > GapTracker.MAX_GAPS) {
                    throw new IllegalArgumentException("bad gap range");
                }
                for (long index = start; index < start + count; index++) {
                    gaps.put(index, seen);
                }
            }
        }
        return new FeedPosition(last, gaps);
    }

    private static long parseIndex(String digits) {
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not an index: " + digits);
        }
        return Long.parseLong(digits);
    }

    @Override
    public String toString() {
        if (gaps.isEmpty()) {
            return Long.toString(last);
        }
        StringBuilder ranges = new StringBuilder();
        long start = -1;
        long count = 0;
        Instant seen = null;
        for (Map.Entry<Long, Instant> gap : gaps.entrySet()) {
            if (start >= 0 && gap.getKey() == start + count && gap.getValue().equals(seen)) {
                count++;
                continue;
            }
            appendRange(ranges, start, count, seen);
            start = gap.getKey();
            count = 1;
            seen = gap.getValue();
        }
        appendRange(ranges, start, count, seen);
        return last + "-"
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(ranges.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void appendRange(StringBuilder ranges, long start, long count, Instant seen) {
        if (count == 0) {
            return;
        }
        if (!ranges.isEmpty()) {
            ranges.append(';');
        }
        ranges.append(start).append('+').append(count).append('@').append(seen.toEpochMilli());
    }
}
