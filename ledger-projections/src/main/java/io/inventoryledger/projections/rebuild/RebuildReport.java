package io.inventoryledger.projections.rebuild;

import java.time.Duration;
import java.util.List;

/**
 * What a rebuild did: how many events it replayed into which schema, how fast, and whether every
 * rebuilt table equals its live one at the same point of the history. {@code mode}: bulk or sequential.
 * {@code repaired}: the rebuilt tables differed and were swapped in for the live ones.
 */
public record RebuildReport(
        String schema,
        boolean kept,
        String mode,
        long events,
        long lastGlobalIndex,
        Duration replay,
        Duration total,
        List<TableComparison> tables,
        boolean repaired) {
    public RebuildReport {
        tables = List.copyOf(tables);
    }

    public boolean equal() {
        return tables.stream().allMatch(TableComparison::equal);
    }

    public double eventsPerSecond() {
        double seconds = replay.toNanos() / 1e9;
        return seconds <= 0 ? events : events / seconds;
    }
}
