package io.inventoryledger.bench;

import java.time.Duration;

/** Durations as fractional seconds, for rates and the table. */
final class Seconds {
    private Seconds() {}

    static double of(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /** {@code count} per second over {@code duration}; 0 when nothing happened. */
    static double rate(long count, Duration duration) {
        return count == 0 || duration.isZero() ? 0 : count / of(duration);
    }

    static String format(Duration duration) {
        return String.format("%.1f", of(duration));
    }
}
