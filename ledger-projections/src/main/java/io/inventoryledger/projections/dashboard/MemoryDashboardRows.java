package io.inventoryledger.projections.dashboard;

import io.inventoryledger.projections.rebuild.MemoryTables;
import io.inventoryledger.projections.schema.EventTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** {@link DashboardRows} in memory, for a bulk rebuild. */
public final class MemoryDashboardRows implements DashboardRows, MemoryTables {
    private record SeriesKey(
            String resolution, String kind, String key, String resourceClass, Instant bucket, int shard) {}

    private record OwnerKey(String kind, String ownerId, String resourceClass) {}

    private record ActivityKey(UUID provider, Instant bucket) {}

    /** A dashboard_totals row's key (a hash map: the live path's lock order does not matter in memory). */
    private record TotalKey(String scope, String key, String resourceClass, int shard) {}

    private final Map<UUID, Provider> providers = new HashMap<>();
    private final Map<UUID, Map<String, ClassRow>> classes = new HashMap<>();
    private final Map<UUID, Set<UUID>> aggregates = new HashMap<>();
    private final Map<TotalKey, long[]> totals = new HashMap<>();
    private final Map<UUID, Consumer> consumers = new HashMap<>();
    private final Map<OwnerKey, long[]> owners = new HashMap<>();
    /** resolution → bucket → rows, so that dropping old buckets is cutting a map's head. */
    private final Map<String, TreeMap<Instant, Map<SeriesKey, long[]>>> series = new TreeMap<>();

    private final TreeMap<Instant, Map<ActivityKey, long[]>> activity = new TreeMap<>();

    @Override
    public Optional<Provider> provider(UUID uuid) {
        return Optional.ofNullable(providers.get(uuid));
    }

    @Override
    public Map<UUID, Provider> lockProviders(List<UUID> uuids) {
        Map<UUID, Provider> found = new HashMap<>();
        uuids.forEach(u -> provider(u).ifPresent(p -> found.put(u, p)));
        return found;
    }

    @Override
    public void insertProvider(Provider provider) {
        providers.putIfAbsent(provider.uuid(), provider);
    }

    @Override
    public void updateProvider(Provider provider) {
        providers.computeIfPresent(provider.uuid(), (u, p) -> provider);
    }

    @Override
    public void deleteProvider(UUID uuid) {
        providers.remove(uuid);
    }

    @Override
    public List<UUID> children(UUID parent) {
        return providers.values().stream()
                .filter(p -> parent.equals(p.parent()))
                .map(Provider::uuid)
                .toList();
    }

    @Override
    public Map<String, ClassRow> classesOf(UUID provider) {
        return new TreeMap<>(classes.getOrDefault(provider, Map.of()));
    }

    @Override
    public void putClass(UUID provider, String resourceClass, ClassRow row) {
        if (row.empty()) {
            Map<String, ClassRow> rows = classes.get(provider);
            if (rows != null) {
                rows.remove(resourceClass);
                if (rows.isEmpty()) {
                    classes.remove(provider);
                }
            }
            return;
        }
        classes.computeIfAbsent(provider, p -> new TreeMap<>()).put(resourceClass, row);
    }

    @Override
    public Set<UUID> aggregatesOf(UUID provider) {
        return new LinkedHashSet<>(new TreeSet<>(aggregates.getOrDefault(provider, Set.of())));
    }

    @Override
    public void replaceAggregates(UUID provider, Collection<UUID> members) {
        if (members.isEmpty()) {
            aggregates.remove(provider);
        } else {
            aggregates.put(provider, new LinkedHashSet<>(members));
        }
    }

    @Override
    public void addTotals(List<TotalDelta> deltas) {
        for (TotalDelta d : deltas) {
            long[] row = totals.computeIfAbsent(
                    new TotalKey(d.scope(), d.key(), d.resourceClass(), d.shard()), k -> new long[5]);
            row[0] += d.providers();
            row[1] += d.total();
            row[2] += d.reserved();
            row[3] += d.capacity();
            row[4] += d.used();
        }
    }

    @Override
    public Optional<Consumer> consumer(UUID uuid) {
        return Optional.ofNullable(consumers.get(uuid));
    }

    @Override
    public void putConsumer(UUID uuid, Consumer consumer, boolean exists) {
        consumers.put(uuid, consumer);
    }

    @Override
    public void deleteConsumer(UUID uuid) {
        consumers.remove(uuid);
    }

    @Override
    public void addOwnerUsage(List<OwnerDelta> deltas) {
        for (OwnerDelta d : deltas) {
            long[] row =
                    owners.computeIfAbsent(new OwnerKey(d.kind(), d.ownerId(), d.resourceClass()), k -> new long[2]);
            row[0] += d.used();
            row[1] += d.consumers();
        }
    }

    @Override
    public void addSeries(List<SeriesDelta> deltas, Map<String, Instant> keepFrom) {
        boolean made = false;
        for (SeriesDelta d : deltas) {
            Instant bucket = EventTimes.stored(d.bucket());
            SeriesKey key = new SeriesKey(d.resolution(), d.kind(), d.key(), d.resourceClass(), bucket, d.shard());
            long[] row = series.computeIfAbsent(d.resolution(), r -> new TreeMap<>())
                    .computeIfAbsent(bucket, b -> new HashMap<>())
                    .get(key);
            if (row == null) {
                made = true;
                series.get(d.resolution()).get(bucket).put(key, new long[] {d.delta()});
            } else {
                row[0] += d.delta();
            }
        }
        if (made) {
            keepFrom.forEach((resolution, from) -> {
                TreeMap<Instant, Map<SeriesKey, long[]>> buckets = series.get(resolution);
                if (buckets != null) {
                    buckets.headMap(from, false).clear();
                }
            });
        }
    }

    @Override
    public void addActivity(List<ActivityDelta> deltas, Instant keepFrom) {
        boolean made = false;
        for (ActivityDelta d : deltas) {
            Instant bucket = EventTimes.stored(d.bucket());
            ActivityKey key = new ActivityKey(d.provider(), bucket);
            Map<ActivityKey, long[]> rows = activity.computeIfAbsent(bucket, b -> new HashMap<>());
            long[] row = rows.get(key);
            if (row == null) {
                made = true;
                rows.put(key, new long[] {d.claims(), d.releases()});
            } else {
                row[0] += d.claims();
                row[1] += d.releases();
            }
        }
        if (made) {
            activity.headMap(keepFrom, false).clear();
        }
    }

    @Override
    public void dumpTo(Sink sink) {
        List<Object[]> providerRows = new ArrayList<>();
        providers
                .values()
                .forEach(p -> providerRows.add(
                        new Object[] {p.uuid(), p.name(), p.parent(), p.root(), p.generation(), p.profileVersion()}));
        sink.table(
                "dashboard_providers",
                List.of("provider_uuid", "name", "parent_uuid", "root_uuid", "generation", "profile_version"),
                providerRows);
        List<Object[]> classRows = new ArrayList<>();
        classes.forEach((provider, byClass) -> byClass.forEach((rc, r) -> classRows.add(
                new Object[] {provider, rc, r.total(), r.reserved(), r.capacity(), r.used(), r.fillPermille()})));
        sink.table(
                "dashboard_provider_classes",
                List.of("provider_uuid", "resource_class", "total", "reserved", "capacity", "used", "fill_permille"),
                classRows);
        List<Object[]> aggregateRows = new ArrayList<>();
        aggregates.forEach((provider, members) -> members.forEach(a -> aggregateRows.add(new Object[] {provider, a})));
        sink.table("dashboard_provider_aggregates", List.of("provider_uuid", "aggregate_uuid"), aggregateRows);
        List<Object[]> totalRows = new ArrayList<>();
        totals.forEach((k, v) -> totalRows.add(
                new Object[] {k.scope(), k.key(), k.resourceClass(), k.shard(), v[0], v[1], v[2], v[3], v[4]}));
        sink.table(
                "dashboard_totals",
                List.of(
                        "scope",
                        "scope_key",
                        "resource_class",
                        "shard",
                        "providers",
                        "total",
                        "reserved",
                        "capacity",
                        "used"),
                totalRows);
        List<Object[]> consumerRows = new ArrayList<>();
        consumers.forEach((uuid, c) -> consumerRows.add(new Object[] {
            uuid, c.incarnation(), c.generation(), c.projectId(), c.userId(), AllocationText.format(c.allocations())
        }));
        sink.table(
                "dashboard_consumers",
                List.of("consumer_uuid", "incarnation", "generation", "project_id", "user_id", "allocations"),
                consumerRows);
        List<Object[]> ownerRows = new ArrayList<>();
        owners.forEach((k, v) -> ownerRows.add(new Object[] {k.kind(), k.ownerId(), k.resourceClass(), v[0], v[1]}));
        sink.table(
                "dashboard_owner_usage",
                List.of("owner_kind", "owner_id", "resource_class", "used", "consumers"),
                ownerRows);
        List<Object[]> seriesRows = new ArrayList<>();
        series.values()
                .forEach(buckets -> buckets.values()
                        .forEach(rows -> rows.forEach((k, v) -> seriesRows.add(new Object[] {
                            k.resolution(), k.kind(), k.key(), k.resourceClass(), k.bucket(), k.shard(), v[0]
                        }))));
        sink.table(
                "dashboard_usage_series",
                List.of("resolution", "series_kind", "series_key", "resource_class", "bucket_start", "shard", "delta"),
                seriesRows);
        List<Object[]> activityRows = new ArrayList<>();
        activity.values()
                .forEach(rows ->
                        rows.forEach((k, v) -> activityRows.add(new Object[] {k.provider(), k.bucket(), v[0], v[1]})));
        sink.table(
                "dashboard_provider_activity",
                List.of("provider_uuid", "bucket_start", "claims", "releases"),
                activityRows);
    }
}
