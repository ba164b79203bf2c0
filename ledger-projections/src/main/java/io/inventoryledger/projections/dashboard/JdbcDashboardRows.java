package io.inventoryledger.projections.dashboard;

import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link DashboardRows} over SQL (portable: PostgreSQL and H2). Inside a unit of work (the processor's batch) the
 * sums' deltas are merged and written when it commits ({@link DashboardDeltaBatch}); outside one (a rebuild's
 * replay) at once.
 */
public class JdbcDashboardRows extends ReadModelJdbc implements DashboardRows {
    private final DeltaUpserts<TotalDelta> totals;
    private final DeltaUpserts<OwnerDelta> owners;
    private final DeltaUpserts<SeriesDelta> series;
    private final DeltaUpserts<ActivityDelta> activity;

    public JdbcDashboardRows(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
        this.totals = new DeltaUpserts<>(
                jdbc,
                "UPDATE " + tables.of("dashboard_totals") + " SET providers = providers + ?, total = total + ?,"
                        + " reserved = reserved + ?, capacity = capacity + ?, used = used + ?"
                        + " WHERE scope = ? AND scope_key = ? AND resource_class = ? AND shard = ?",
                d -> new Object[] {
                    d.providers(),
                    d.total(),
                    d.reserved(),
                    d.capacity(),
                    d.used(),
                    d.scope(),
                    d.key(),
                    d.resourceClass(),
                    d.shard()
                },
                "INSERT INTO " + tables.of("dashboard_totals") + " (scope, scope_key, resource_class, shard, providers,"
                        + " total, reserved, capacity, used) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d -> new Object[] {
                    d.scope(),
                    d.key(),
                    d.resourceClass(),
                    d.shard(),
                    d.providers(),
                    d.total(),
                    d.reserved(),
                    d.capacity(),
                    d.used()
                });
        this.owners = new DeltaUpserts<>(
                jdbc,
                "UPDATE " + tables.of("dashboard_owner_usage") + " SET used = used + ?, consumers = consumers + ?"
                        + " WHERE owner_kind = ? AND owner_id = ? AND resource_class = ?",
                d -> new Object[] {d.used(), d.consumers(), d.kind(), d.ownerId(), d.resourceClass()},
                "INSERT INTO " + tables.of("dashboard_owner_usage") + " (owner_kind, owner_id, resource_class, used,"
                        + " consumers) VALUES (?, ?, ?, ?, ?)",
                d -> new Object[] {d.kind(), d.ownerId(), d.resourceClass(), d.used(), d.consumers()});
        this.series = new DeltaUpserts<>(
                jdbc,
                "UPDATE " + tables.of("dashboard_usage_series") + " SET delta = delta + ? WHERE resolution = ?"
                        + " AND series_kind = ? AND series_key = ? AND resource_class = ? AND bucket_start = ?"
                        + " AND shard = ?",
                d -> new Object[] {
                    d.delta(),
                    d.resolution(),
                    d.kind(),
                    d.key(),
                    d.resourceClass(),
                    EventTimes.of(d.bucket()),
                    d.shard()
                },
                "INSERT INTO " + tables.of("dashboard_usage_series") + " (resolution, series_kind, series_key,"
                        + " resource_class, bucket_start, shard, delta) VALUES (?, ?, ?, ?, ?, ?, ?)",
                d -> new Object[] {
                    d.resolution(),
                    d.kind(),
                    d.key(),
                    d.resourceClass(),
                    EventTimes.of(d.bucket()),
                    d.shard(),
                    d.delta()
                });
        this.activity = new DeltaUpserts<>(
                jdbc,
                "UPDATE " + tables.of("dashboard_provider_activity") + " SET claims = claims + ?,"
                        + " releases = releases + ? WHERE provider_uuid = ? AND bucket_start = ?",
                d -> new Object[] {d.claims(), d.releases(), d.provider(), EventTimes.of(d.bucket())},
                "INSERT INTO " + tables.of("dashboard_provider_activity") + " (provider_uuid, bucket_start, claims,"
                        + " releases) VALUES (?, ?, ?, ?)",
                d -> new Object[] {d.provider(), EventTimes.of(d.bucket()), d.claims(), d.releases()});
    }

    private static final String PROVIDER_COLUMNS =
            "provider_uuid, name, parent_uuid, root_uuid, generation, profile_version";

    private Provider providerOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Provider(
                rs.getObject("provider_uuid", UUID.class),
                rs.getString("name"),
                rs.getObject("parent_uuid", UUID.class),
                rs.getObject("root_uuid", UUID.class),
                rs.getLong("generation"),
                rs.getLong("profile_version"));
    }

    @Override
    public Optional<Provider> provider(UUID uuid) {
        return jdbc
                .query(
                        "SELECT " + PROVIDER_COLUMNS + " FROM " + tables.of("dashboard_providers")
                                + " WHERE provider_uuid = ?",
                        (rs, i) -> providerOf(rs),
                        uuid)
                .stream()
                .findFirst();
    }

    @Override
    public Map<UUID, Provider> lockProviders(List<UUID> uuids) {
        Map<UUID, Provider> found = new HashMap<>();
        for (UUID uuid : uuids) {
            jdbc.query(
                            "SELECT " + PROVIDER_COLUMNS + " FROM " + tables.of("dashboard_providers")
                                    + " WHERE provider_uuid = ? FOR UPDATE",
                            (rs, i) -> providerOf(rs),
                            uuid)
                    .forEach(p -> found.put(p.uuid(), p));
        }
        return found;
    }

    @Override
    public void insertProvider(Provider p) {
        jdbc.update(
                "INSERT INTO " + tables.of("dashboard_providers") + " (" + PROVIDER_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                p.uuid(),
                p.name(),
                p.parent(),
                p.root(),
                p.generation(),
                p.profileVersion());
    }

    @Override
    public void updateProvider(Provider p) {
        jdbc.update(
                "UPDATE " + tables.of("dashboard_providers") + " SET name = ?, parent_uuid = ?, root_uuid = ?,"
                        + " generation = ?, profile_version = ? WHERE provider_uuid = ?",
                p.name(),
                p.parent(),
                p.root(),
                p.generation(),
                p.profileVersion(),
                p.uuid());
    }

    @Override
    public void deleteProvider(UUID uuid) {
        jdbc.update("DELETE FROM " + tables.of("dashboard_providers") + " WHERE provider_uuid = ?", uuid);
    }

    @Override
    public List<UUID> children(UUID parent) {
        return jdbc.queryForList(
                "SELECT provider_uuid FROM " + tables.of("dashboard_providers") + " WHERE parent_uuid = ?",
                UUID.class,
                parent);
    }

    @Override
    public Map<String, ClassRow> classesOf(UUID provider) {
        Map<String, ClassRow> rows = new TreeMap<>();
        jdbc.query(
                "SELECT resource_class, total, reserved, capacity, used FROM " + tables.of("dashboard_provider_classes")
                        + " WHERE provider_uuid = ?",
                rs -> {
                    rows.put(rs.getString(1), new ClassRow(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                },
                provider);
        return rows;
    }

    @Override
    public void putClass(UUID provider, String resourceClass, ClassRow row) {
        if (row.empty()) {
            jdbc.update(
                    "DELETE FROM " + tables.of("dashboard_provider_classes")
                            + " WHERE provider_uuid = ? AND resource_class = ?",
                    provider,
                    resourceClass);
            return;
        }
        int updated = jdbc.update(
                "UPDATE " + tables.of("dashboard_provider_classes") + " SET total = ?, reserved = ?, capacity = ?,"
                        + " used = ?, fill_permille = ? WHERE provider_uuid = ? AND resource_class = ?",
                row.total(),
                row.reserved(),
                row.capacity(),
                row.used(),
                row.fillPermille(),
                provider,
                resourceClass);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO " + tables.of("dashboard_provider_classes") + " (provider_uuid, resource_class,"
                            + " total, reserved, capacity, used, fill_permille) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    provider,
                    resourceClass,
                    row.total(),
                    row.reserved(),
                    row.capacity(),
                    row.used(),
                    row.fillPermille());
        }
    }

    @Override
    public Set<UUID> aggregatesOf(UUID provider) {
        return new LinkedHashSet<>(jdbc.queryForList(
                "SELECT aggregate_uuid FROM " + tables.of("dashboard_provider_aggregates")
                        + " WHERE provider_uuid = ? ORDER BY aggregate_uuid",
                UUID.class,
                provider));
    }

    @Override
    public void replaceAggregates(UUID provider, Collection<UUID> aggregates) {
        jdbc.update("DELETE FROM " + tables.of("dashboard_provider_aggregates") + " WHERE provider_uuid = ?", provider);
        jdbc.batchUpdate(
                "INSERT INTO " + tables.of("dashboard_provider_aggregates") + " (provider_uuid, aggregate_uuid)"
                        + " VALUES (?, ?)",
                aggregates.stream().map(a -> new Object[] {provider, a}).toList());
    }

    @Override
    public void addTotals(List<TotalDelta> deltas) {
        inBatchOrNow(batch -> batch.addTotals(deltas), () -> writeTotals(deltas));
    }

    void writeTotals(List<TotalDelta> deltas) {
        totals.add(deltas);
    }

    @Override
    public Optional<Consumer> consumer(UUID uuid) {
        return jdbc
                .query(
                        "SELECT incarnation, generation, project_id, user_id, allocations FROM "
                                + tables.of("dashboard_consumers") + " WHERE consumer_uuid = ?",
                        (rs, i) -> new Consumer(
                                rs.getInt(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                AllocationText.parse(rs.getString(5))),
                        uuid)
                .stream()
                .findFirst();
    }

    @Override
    public void putConsumer(UUID uuid, Consumer c, boolean exists) {
        String text = AllocationText.format(c.allocations());
        // the projection read the row in this transaction, and only its processor writes it
        int updated = !exists
                ? 0
                : jdbc.update(
                        "UPDATE " + tables.of("dashboard_consumers")
                                + " SET incarnation = ?, generation = ?, project_id = ?,"
                                + " user_id = ?, allocations = ? WHERE consumer_uuid = ?",
                        c.incarnation(),
                        c.generation(),
                        c.projectId(),
                        c.userId(),
                        text,
                        uuid);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO " + tables.of("dashboard_consumers") + " (consumer_uuid, incarnation, generation,"
                            + " project_id, user_id, allocations) VALUES (?, ?, ?, ?, ?, ?)",
                    uuid,
                    c.incarnation(),
                    c.generation(),
                    c.projectId(),
                    c.userId(),
                    text);
        }
    }

    @Override
    public void deleteConsumer(UUID uuid) {
        jdbc.update("DELETE FROM " + tables.of("dashboard_consumers") + " WHERE consumer_uuid = ?", uuid);
    }

    @Override
    public void addOwnerUsage(List<OwnerDelta> deltas) {
        inBatchOrNow(batch -> batch.addOwnerUsage(deltas), () -> writeOwnerUsage(deltas));
    }

    void writeOwnerUsage(List<OwnerDelta> deltas) {
        owners.add(deltas);
    }

    @Override
    public void addSeries(List<SeriesDelta> deltas, Map<String, java.time.Instant> keepFrom) {
        inBatchOrNow(batch -> batch.addSeries(deltas, keepFrom), () -> writeSeries(deltas, keepFrom));
    }

    void writeSeries(List<SeriesDelta> deltas, Map<String, java.time.Instant> keepFrom) {
        if (series.add(deltas) > 0) {
            keepFrom.forEach((resolution, from) -> jdbc.update(
                    "DELETE FROM " + tables.of("dashboard_usage_series") + " WHERE resolution = ? AND bucket_start < ?",
                    resolution,
                    EventTimes.of(from)));
        }
    }

    @Override
    public void addActivity(List<ActivityDelta> deltas, java.time.Instant keepFrom) {
        inBatchOrNow(batch -> batch.addActivity(deltas, keepFrom), () -> writeActivity(deltas, keepFrom));
    }

    void writeActivity(List<ActivityDelta> deltas, java.time.Instant keepFrom) {
        if (activity.add(deltas) > 0) {
            jdbc.update(
                    "DELETE FROM " + tables.of("dashboard_provider_activity") + " WHERE bucket_start < ?",
                    EventTimes.of(keepFrom));
        }
    }

    /**
     * Within a processor's batch, deltas join the batch's, merged and written once when it commits; outside one
     * they are written now.
     */
    private void inBatchOrNow(java.util.function.Consumer<DashboardDeltaBatch> toBatch, Runnable now) {
        DashboardDeltaBatch batch = DashboardDeltaBatch.current(this);
        if (batch != null) {
            toBatch.accept(batch);
        } else {
            now.run();
        }
    }
}
