package io.inventoryledger.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies (µs, HdrHistogram) and the count of every status of one kind of request. Thread-safe. */
final class OpStats {
    /** Status recorded when no HTTP answer came back at all (connection refused, reset, timeout). */
    static final int NO_ANSWER = -1;

    private final String name;
    private final Histogram micros = new ConcurrentHistogram(60_000_000L, 3);
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

    OpStats(String name) {
        this.name = name;
    }

    void record(int status, long elapsedNanos) {
        micros.recordValue(Math.min(Math.max(1, elapsedNanos / 1000), micros.getHighestTrackableValue()));
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    String name() {
        return name;
    }

    long count() {
        return micros.getTotalCount();
    }

    long count(int status) {
        LongAdder adder = statuses.get(status);
        return adder == null ? 0 : adder.sum();
    }

    double percentileMillis(double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return micros.getMaxValue() / 1000.0;
    }

    /** e.g. "204:12040 409:3 none:1". */
    String statusCounts() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(statuses)
                .forEach((status, n) -> out.append(out.isEmpty() ? "" : " ")
                        .append(status == NO_ANSWER ? "none" : status.toString())
                        .append(':')
                        .append(n.sum()));
        return out.isEmpty() ? "-" : out.toString();
    }

    String latencySummary() {
        if (count() == 0) {
            return "no requests";
        }
        return String.format(
                "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                percentileMillis(50), percentileMillis(95), percentileMillis(99), maxMillis());
    }
}
