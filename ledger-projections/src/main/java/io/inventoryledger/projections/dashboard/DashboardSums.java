package io.inventoryledger.projections.dashboard;

import io.inventoryledger.projections.dashboard.DashboardRows.ClassRow;
import io.inventoryledger.projections.dashboard.DashboardRows.Provider;
import io.inventoryledger.projections.dashboard.DashboardRows.TotalDelta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which shards of which sums a provider's change moves: its class, its root and each of its aggregates. A provider
 * always lands in the same shard, so that concurrent claims on different providers mostly touch different rows.
 */
final class DashboardSums {
    static final String CLASS = "class";
    static final String AGGREGATE = "aggregate";
    static final String ROOT = "root";
    static final int CLASS_SHARDS = 16;
    static final int AGGREGATE_SHARDS = 8;

    /** The order rows are locked in, so that writers of several rows cannot deadlock each other. */
    static final Comparator<TotalDelta> LOCK_ORDER = Comparator.comparing(TotalDelta::scope)
            .thenComparing(TotalDelta::key)
            .thenComparing(TotalDelta::resourceClass)
            .thenComparingInt(TotalDelta::shard);

    private final List<TotalDelta> deltas = new ArrayList<>();

    /** Adds {@code now - old} of one provider's class to every sum it counts in. */
    void add(Provider provider, Collection<UUID> aggregates, String resourceClass, ClassRow old, ClassRow now) {
        long providers = (now.empty() ? 0 : 1) - (old.empty() ? 0 : 1);
        long total = now.total() - old.total();
        long reserved = now.reserved() - old.reserved();
        long capacity = now.capacity() - old.capacity();
        long used = now.used() - old.used();
        if (providers == 0 && total == 0 && reserved == 0 && capacity == 0 && used == 0) {
            return;
        }
        deltas.add(new TotalDelta(
                CLASS,
                "",
                resourceClass,
                shard(provider.uuid(), CLASS_SHARDS),
                providers,
                total,
                reserved,
                capacity,
                used));
        deltas.add(new TotalDelta(
                ROOT, provider.root().toString(), resourceClass, 0, providers, total, reserved, capacity, used));
        for (UUID aggregate : aggregates) {
            deltas.add(new TotalDelta(
                    AGGREGATE,
                    aggregate.toString(),
                    resourceClass,
                    shard(provider.uuid(), AGGREGATE_SHARDS),
                    providers,
                    total,
                    reserved,
                    capacity,
                    used));
        }
    }

    /** Adds (sign 1) or takes away (-1) all of a provider's classes to every sum it counts in. */
    void addAll(Provider provider, Collection<UUID> aggregates, Map<String, ClassRow> classes, int sign) {
        classes.forEach((rc, row) ->
                add(provider, aggregates, rc, sign > 0 ? ClassRow.NONE : row, sign > 0 ? row : ClassRow.NONE));
    }

    /** Adds (sign 1) or takes away (-1) all of a provider's classes to one sum only (membership or root moved). */
    void addScoped(String scope, String key, int shard, Map<String, ClassRow> classes, int sign) {
        classes.forEach((rc, row) -> {
            if (!row.empty()) {
                deltas.add(new TotalDelta(
                        scope,
                        key,
                        rc,
                        shard,
                        sign,
                        sign * row.total(),
                        sign * row.reserved(),
                        sign * row.capacity(),
                        sign * row.used()));
            }
        });
    }

    /** The deltas merged per row, in lock order. */
    List<TotalDelta> merged() {
        Map<TotalDelta, TotalDelta> byRow = new java.util.TreeMap<>(LOCK_ORDER);
        for (TotalDelta d : deltas) {
            byRow.merge(d, d, TotalDelta::plus);
        }
        return List.copyOf(byRow.values());
    }

    static int shard(UUID provider, int shards) {
        return Math.floorMod(provider.hashCode(), shards);
    }
}
