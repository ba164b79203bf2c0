package io.inventoryledger.projections.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How long the dashboard keeps its time buckets: per-minute usage ({@code minutes}), per-hour usage ({@code hours})
 * and per-minute provider activity ({@code activity}). Older buckets are dropped as newer ones open.
 */
public record DashboardRetention(Duration minutes, Duration hours, Duration activity) {
    public static final DashboardRetention DEFAULT =
            new DashboardRetention(Duration.ofDays(1), Duration.ofDays(365), Duration.ofHours(1));

    public static final String MINUTE = "minute";
    public static final String HOUR = "hour";

    public static Instant minuteOf(Instant time) {
        return time.truncatedTo(ChronoUnit.MINUTES);
    }

    public static Instant hourOf(Instant time) {
        return time.truncatedTo(ChronoUnit.HOURS);
    }
}
