package io.inventoryledger.projections.dashboard;

import io.inventoryledger.projections.dashboard.DashboardRows.ActivityDelta;
import io.inventoryledger.projections.dashboard.DashboardRows.ClassRow;
import io.inventoryledger.projections.dashboard.DashboardRows.Consumer;
import io.inventoryledger.projections.dashboard.DashboardRows.OwnerDelta;
import io.inventoryledger.projections.dashboard.DashboardRows.Provider;
import io.inventoryledger.projections.dashboard.DashboardRows.SeriesDelta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One consumer's allocations going from {@code before} (null: none) to {@code after}: the providers' used figures
 * and fills, the sums, the owners' usage, the usage series and the providers' activity move by the difference.
 */
final class ConsumerChange {
    static final String PROJECT = "project";
    static final String USER = "user";
    static final int CLASS_SERIES_SHARDS = 8;

    private final DashboardRows rows;
    private final DashboardRetention retention;
    private final UUID consumer;
    private final Consumer before;
    private final Consumer after;
    private final Instant time;

    ConsumerChange(
            DashboardRows rows,
            DashboardRetention retention,
            UUID consumer,
            Consumer before,
            Consumer after,
            Instant time) {
        this.rows = rows;
        this.retention = retention;
        this.consumer = consumer;
        this.before = before;
        this.after = after;
        this.time = time;
    }

    void apply() {
        Map<UUID, Map<String, Long>> perProvider = new TreeMap<>(DashboardChangeOrder.UUIDS);
        Map<UUID, Map<String, Long>> old = before == null ? Map.of() : before.allocations();
        old.forEach((p, byClass) -> byClass.forEach((rc, used) ->
                perProvider.computeIfAbsent(p, x -> new TreeMap<>()).merge(rc, -used, Long::sum)));
        after.allocations()
                .forEach((p, byClass) -> byClass.forEach((rc, used) ->
                        perProvider.computeIfAbsent(p, x -> new TreeMap<>()).merge(rc, used, Long::sum)));
        perProvider.values().forEach(byClass -> byClass.values().removeIf(d -> d == 0));
        perProvider.values().removeIf(Map::isEmpty);

        Map<String, Long> perClass = new TreeMap<>();
        perProvider.values().forEach(byClass -> byClass.forEach((rc, d) -> perClass.merge(rc, d, Long::sum)));
        perClass.values().removeIf(d -> d == 0);

        providers(perProvider);
        owners();
        series(perClass);
    }

    private void providers(Map<UUID, Map<String, Long>> perProvider) {
        if (perProvider.isEmpty()) {
            return;
        }
        Map<UUID, Provider> locked = rows.lockProviders(List.copyOf(perProvider.keySet()));
        DashboardSums sums = new DashboardSums();
        List<ActivityDelta> activity = new ArrayList<>();
        Instant minute = DashboardRetention.minuteOf(time);
        perProvider.forEach((uuid, byClass) -> {
            Provider provider = locked.get(uuid);
            if (provider == null) {
                return; // Placement allocates only against existing providers; nothing to show for another
            }
            Set<UUID> aggregates = rows.aggregatesOf(uuid);
            Map<String, ClassRow> classes = rows.classesOf(uuid);
            byClass.forEach((rc, delta) -> {
                ClassRow old = classes.getOrDefault(rc, ClassRow.NONE);
                ClassRow now = new ClassRow(old.total(), old.reserved(), old.capacity(), old.used() + delta);
                rows.putClass(uuid, rc, now);
                sums.add(provider, aggregates, rc, old, now);
            });
            boolean raised = byClass.values().stream().anyMatch(d -> d > 0);
            activity.add(new ActivityDelta(uuid, minute, raised ? 1 : 0, raised ? 0 : 1));
        });
        rows.addTotals(sums.merged());
        rows.addActivity(activity, minute.minus(retention.activity()));
    }

    private void owners() {
        Map<String, OwnerDelta> deltas = new TreeMap<>();
        if (before != null) {
            owner(deltas, PROJECT, before.projectId(), before.allocations(), -1);
            owner(deltas, USER, before.userId(), before.allocations(), -1);
        }
        owner(deltas, PROJECT, after.projectId(), after.allocations(), 1);
        owner(deltas, USER, after.userId(), after.allocations(), 1);
        List<OwnerDelta> changed = deltas.values().stream()
                .filter(d -> d.used() != 0 || d.consumers() != 0)
                .toList();
        if (!changed.isEmpty()) {
            rows.addOwnerUsage(changed);
        }
    }

    private static void owner(
            Map<String, OwnerDelta> deltas,
            String kind,
            String id,
            Map<UUID, Map<String, Long>> allocations,
            int sign) {
        Map<String, Long> perClass = new TreeMap<>();
        allocations.values().forEach(byClass -> byClass.forEach((rc, used) -> perClass.merge(rc, used, Long::sum)));
        perClass.forEach((rc, used) -> deltas.merge(
                kind + "\u0000" + id + "\u0000" + rc,
                new OwnerDelta(kind, id, rc, sign * used, sign),
                (a, b) -> new OwnerDelta(kind, id, rc, a.used() + b.used(), a.consumers() + b.consumers())));
    }

    private void series(Map<String, Long> perClass) {
        Instant minute = DashboardRetention.minuteOf(time);
        Instant hour = DashboardRetention.hourOf(time);
        List<SeriesDelta> deltas = new ArrayList<>();
        int shard = Math.floorMod(consumer.hashCode(), CLASS_SERIES_SHARDS);
        perClass.forEach((rc, d) -> {
            deltas.add(new SeriesDelta(DashboardRetention.MINUTE, DashboardSums.CLASS, "", rc, minute, shard, d));
            deltas.add(new SeriesDelta(DashboardRetention.HOUR, DashboardSums.CLASS, "", rc, hour, shard, d));
        });
        Map<String, Map<String, Long>> perProject = new TreeMap<>();
        if (before != null) {
            before.allocations()
                    .values()
                    .forEach(byClass -> byClass.forEach((rc, used) -> perProject
                            .computeIfAbsent(before.projectId(), p -> new TreeMap<>())
                            .merge(rc, -used, Long::sum)));
        }
        after.allocations()
                .values()
                .forEach(byClass -> byClass.forEach((rc, used) -> perProject
                        .computeIfAbsent(after.projectId(), p -> new TreeMap<>())
                        .merge(rc, used, Long::sum)));
        perProject.forEach((project, byClass) -> byClass.forEach((rc, d) -> {
            if (d != 0) {
                deltas.add(new SeriesDelta(DashboardRetention.MINUTE, PROJECT, project, rc, minute, 0, d));
                deltas.add(new SeriesDelta(DashboardRetention.HOUR, PROJECT, project, rc, hour, 0, d));
            }
        }));
        if (!deltas.isEmpty()) {
            rows.addSeries(
                    deltas,
                    Map.of(
                            DashboardRetention.MINUTE, minute.minus(retention.minutes()),
                            DashboardRetention.HOUR, hour.minus(retention.hours())));
        }
    }
}
