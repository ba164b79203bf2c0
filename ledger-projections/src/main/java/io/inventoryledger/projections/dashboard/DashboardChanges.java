package io.inventoryledger.projections.dashboard;

import io.inventoryledger.projections.dashboard.DashboardRows.ClassRow;
import io.inventoryledger.projections.dashboard.DashboardRows.Provider;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Changes of one locked provider's rows, and of the sums they count in. */
final class DashboardChanges {
    private final DashboardRows rows;

    DashboardChanges(DashboardRows rows) {
        this.rows = rows;
    }

    /** Each listed class goes from {@code [0]} to {@code [1]}. */
    void apply(Provider provider, Map<String, ClassRow[]> moved) {
        if (moved.isEmpty()) {
            return;
        }
        Set<UUID> aggregates = rows.aggregatesOf(provider.uuid());
        DashboardSums sums = new DashboardSums();
        moved.forEach((rc, change) -> {
            rows.putClass(provider.uuid(), rc, change[1]);
            sums.add(provider, aggregates, rc, change[0], change[1]);
        });
        rows.addTotals(sums.merged());
    }

    /** Takes all of the provider's figures away from (sign -1) or adds them to (1) every sum. */
    void addToSums(Provider provider, Set<UUID> aggregates, Map<String, ClassRow> classes, int sign) {
        DashboardSums sums = new DashboardSums();
        sums.addAll(provider, aggregates, classes, sign);
        rows.addTotals(sums.merged());
    }

    void replaceAggregates(Provider provider, List<UUID> aggregates) {
        Set<UUID> before = rows.aggregatesOf(provider.uuid());
        Set<UUID> after = new LinkedHashSet<>(aggregates);
        if (before.equals(after)) {
            return;
        }
        Map<String, ClassRow> classes = rows.classesOf(provider.uuid());
        DashboardSums sums = new DashboardSums();
        int shard = DashboardSums.shard(provider.uuid(), DashboardSums.AGGREGATE_SHARDS);
        for (UUID gone : before) {
            if (!after.contains(gone)) {
                sums.addScoped(DashboardSums.AGGREGATE, gone.toString(), shard, classes, -1);
            }
        }
        for (UUID come : after) {
            if (!before.contains(come)) {
                sums.addScoped(DashboardSums.AGGREGATE, come.toString(), shard, classes, 1);
            }
        }
        rows.replaceAggregates(provider.uuid(), after);
        rows.addTotals(sums.merged());
    }

    /** The provider and its descendants now count in {@code newRoot}'s sums instead of {@code oldRoot}'s. */
    void moveSubtree(UUID top, UUID oldRoot, UUID newRoot) {
        DashboardSums sums = new DashboardSums();
        Deque<UUID> pending = new ArrayDeque<>(List.of(top));
        while (!pending.isEmpty()) {
            UUID uuid = pending.pop();
            Provider provider = rows.lockProviders(List.of(uuid)).get(uuid);
            if (provider == null) {
                continue;
            }
            Map<String, ClassRow> classes = rows.classesOf(uuid);
            sums.addScoped(DashboardSums.ROOT, oldRoot.toString(), 0, classes, -1);
            sums.addScoped(DashboardSums.ROOT, newRoot.toString(), 0, classes, 1);
            rows.updateProvider(new Provider(
                    uuid,
                    provider.name(),
                    provider.parent(),
                    newRoot,
                    provider.generation(),
                    provider.profileVersion()));
            pending.addAll(rows.children(uuid));
        }
        rows.addTotals(sums.merged());
    }
}
