package io.inventoryledger.projections.dashboard;

import io.inventoryledger.projections.dashboard.DashboardRows.ActivityDelta;
import io.inventoryledger.projections.dashboard.DashboardRows.OwnerDelta;
import io.inventoryledger.projections.dashboard.DashboardRows.SeriesDelta;
import io.inventoryledger.projections.dashboard.DashboardRows.TotalDelta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The shared sums' deltas of one batch of the dashboard's processor, merged per row and written once when the batch
 * commits: the sums per class, aggregate and root, the owners' usage, the usage series and the providers' activity
 * are only ever added to, so the order of the additions within a batch does not matter and a hundred claims on one
 * class make one statement per row instead of a hundred. Series and activity deltas stay grouped by the retention
 * cutoff of their bucket, so that old buckets are dropped as the events one by one would drop them.
 */
final class DashboardDeltaBatch {
    private static final String RESOURCE = DashboardDeltaBatch.class.getName();
    private static final Comparator<TotalDelta> TOTAL_ORDER = Comparator.comparing(TotalDelta::scope)
            .thenComparing(TotalDelta::key)
            .thenComparing(TotalDelta::resourceClass)
            .thenComparingInt(TotalDelta::shard);

    private final Map<List<Object>, TotalDelta> totals = new LinkedHashMap<>();
    private final Map<List<Object>, OwnerDelta> owners = new LinkedHashMap<>();
    private final Map<Map<String, Instant>, Map<List<Object>, SeriesDelta>> series = new LinkedHashMap<>();
    private final Map<Instant, Map<List<Object>, ActivityDelta>> activity = new LinkedHashMap<>();

    /** The batch of the unit of work running now (registered to be written at its commit), or null outside one. */
    static DashboardDeltaBatch current(JdbcDashboardRows rows) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get().root();
        return unit.getOrComputeResource(RESOURCE + "@" + System.identityHashCode(rows), key -> {
            DashboardDeltaBatch batch = new DashboardDeltaBatch();
            unit.onPrepareCommit(u -> batch.writeTo(rows));
            return batch;
        });
    }

    void addTotals(List<TotalDelta> deltas) {
        deltas.forEach(
                d -> totals.merge(List.of(d.scope(), d.key(), d.resourceClass(), d.shard()), d, TotalDelta::plus));
    }

    void addOwnerUsage(List<OwnerDelta> deltas) {
        deltas.forEach(d -> owners.merge(
                List.of(d.kind(), d.ownerId(), d.resourceClass()),
                d,
                (a, b) -> new OwnerDelta(
                        a.kind(), a.ownerId(), a.resourceClass(), a.used() + b.used(), a.consumers() + b.consumers())));
    }

    void addSeries(List<SeriesDelta> deltas, Map<String, Instant> keepFrom) {
        Map<List<Object>, SeriesDelta> group = series.computeIfAbsent(Map.copyOf(keepFrom), k -> new LinkedHashMap<>());
        deltas.forEach(d -> group.merge(
                List.of(d.resolution(), d.kind(), d.key(), d.resourceClass(), d.bucket(), d.shard()),
                d,
                (a, b) -> new SeriesDelta(
                        a.resolution(),
                        a.kind(),
                        a.key(),
                        a.resourceClass(),
                        a.bucket(),
                        a.shard(),
                        a.delta() + b.delta())));
    }

    void addActivity(List<ActivityDelta> deltas, Instant keepFrom) {
        Map<List<Object>, ActivityDelta> group = activity.computeIfAbsent(keepFrom, k -> new LinkedHashMap<>());
        deltas.forEach(d -> group.merge(
                List.of(d.provider(), d.bucket()),
                d,
                (a, b) -> new ActivityDelta(
                        a.provider(), a.bucket(), a.claims() + b.claims(), a.releases() + b.releases())));
    }

    /**
     * Writes every merged delta (a delta that summed to zero still makes its row, as the events one by one would).
     */
    private void writeTo(JdbcDashboardRows rows) {
        if (!totals.isEmpty()) {
            List<TotalDelta> sorted = new ArrayList<>(totals.values());
            sorted.sort(TOTAL_ORDER);
            rows.writeTotals(sorted);
        }
        if (!owners.isEmpty()) {
            rows.writeOwnerUsage(List.copyOf(owners.values()));
        }
        series.forEach((keepFrom, deltas) -> rows.writeSeries(List.copyOf(deltas.values()), keepFrom));
        activity.forEach((keepFrom, deltas) -> rows.writeActivity(List.copyOf(deltas.values()), keepFrom));
    }
}
