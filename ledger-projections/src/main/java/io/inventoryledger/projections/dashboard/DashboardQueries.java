package io.inventoryledger.projections.dashboard;

import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's questions over its tables; every answer is a few indexed reads of small sums. */
public class DashboardQueries extends ReadModelJdbc {
    /** One aggregate's or root provider's figures per class. */
    public record Group(String key, String name, List<DashboardFigures> classes) {}

    public record OwnerUsage(String ownerId, String resourceClass, long used, long consumers) {}

    public record ProviderFill(
            UUID uuid, String name, String resourceClass, long capacity, long used, int fillPermille) {}

    public record ProviderActivity(UUID uuid, String name, long claims, long releases) {}

    /** Usage at the end of the bucket that starts at {@code start}. */
    public record Point(Instant start, long used) {}

    private static final String SUMS = "SUM(providers), SUM(total), SUM(reserved), SUM(capacity), SUM(used)";

    public DashboardQueries(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
    }

    /** Figures per class over every provider (only classes some provider has). */
    public List<DashboardFigures> classes(String resourceClass) {
        return jdbc.query(
                "SELECT resource_class, " + SUMS + " FROM " + tables.of("dashboard_totals")
                        + " WHERE scope = 'class' AND scope_key = ''" + classFilter(resourceClass)
                        + " GROUP BY resource_class HAVING SUM(providers) > 0 ORDER BY resource_class",
                (rs, i) -> figures(rs, 1),
                args(resourceClass));
    }

    /** A page of aggregates (scope "aggregate") or root providers (scope "root"), by key. */
    public List<Group> groups(String scope, String resourceClass, int limit, int offset) {
        String totals = tables.of("dashboard_totals");
        List<Object> args = new ArrayList<>(List.of(scope));
        args.addAll(List.of(args(resourceClass)));
        args.add(scope);
        args.addAll(List.of(args(resourceClass)));
        args.add(limit);
        args.add(offset);
        Map<String, List<DashboardFigures>> byKey = new LinkedHashMap<>();
        jdbc.query(
                "SELECT scope_key, resource_class, " + SUMS + " FROM " + totals + " WHERE scope = ?"
                        + classFilter(resourceClass) + " AND scope_key IN (SELECT scope_key FROM " + totals
                        + " WHERE scope = ?" + classFilter(resourceClass) + " GROUP BY scope_key"
                        + " HAVING SUM(providers) > 0 ORDER BY scope_key LIMIT ? OFFSET ?)"
                        + " GROUP BY scope_key, resource_class HAVING SUM(providers) > 0"
                        + " ORDER BY scope_key, resource_class",
                rs -> {
                    byKey.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(figures(rs, 2));
                },
                args.toArray());
        Map<String, String> names = "root".equals(scope) ? names(byKey.keySet()) : Map.of();
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, figures) -> groups.add(new Group(key, names.get(key), figures)));
        return groups;
    }

    /** The names of a page of root providers, in one statement. */
    private Map<String, String> names(Collection<String> uuids) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query(
                "SELECT provider_uuid, name FROM " + tables.of("dashboard_providers") + " WHERE provider_uuid = ANY(?)",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                },
                (Object) uuids.stream().map(UUID::fromString).toArray(UUID[]::new));
        return names;
    }

    /** Usage per project or user ({@code kind}) and class, the largest first. */
    public List<OwnerUsage> owners(String kind, String resourceClass, int limit, int offset) {
        List<Object> args = new ArrayList<>(List.of(kind));
        args.addAll(List.of(args(resourceClass)));
        args.add(limit);
        args.add(offset);
        return jdbc.query(
                "SELECT owner_id, resource_class, used, consumers FROM " + tables.of("dashboard_owner_usage")
                        + " WHERE owner_kind = ? AND used <> 0" + classFilter(resourceClass)
                        + " ORDER BY used DESC, owner_id, resource_class LIMIT ? OFFSET ?",
                (rs, i) -> new OwnerUsage(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                args.toArray());
    }

    /** How many providers of the class are 0–10 % full, 10–20 %, ..., 90–100 %, and beyond (index 10). */
    public long[] fillDistribution(String resourceClass) {
        long[] counts = new long[11];
        jdbc.query(
                "SELECT LEAST(fill_permille / 100, 10), COUNT(*) FROM " + tables.of("dashboard_provider_classes")
                        + " WHERE resource_class = ? AND capacity > 0 GROUP BY LEAST(fill_permille / 100, 10)",
                rs -> {
                    counts[rs.getInt(1)] = rs.getLong(2);
                },
                resourceClass);
        return counts;
    }

    /** The fullest providers of the class, fullest first. */
    public List<ProviderFill> fullest(String resourceClass, int limit) {
        return jdbc.query(
                "SELECT c.provider_uuid, p.name, c.resource_class, c.capacity, c.used, c.fill_permille FROM "
                        + tables.of("dashboard_provider_classes") + " c JOIN " + tables.of("dashboard_providers")
                        + " p ON p.provider_uuid = c.provider_uuid WHERE c.resource_class = ?"
                        + " ORDER BY c.fill_permille DESC, c.provider_uuid LIMIT ?",
                (rs, i) -> new ProviderFill(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getInt(6)),
                resourceClass,
                limit);
    }

    /** The providers with the most claims and releases since {@code since}, busiest first. */
    public List<ProviderActivity> hottest(Instant since, int limit) {
        return jdbc.query(
                // the page is chosen before the names are joined: only its rows look a name up
                "SELECT a.provider_uuid, p.name, a.claims, a.releases FROM (SELECT provider_uuid,"
                        + " SUM(claims) AS claims, SUM(releases) AS releases FROM "
                        + tables.of("dashboard_provider_activity") + " WHERE bucket_start >= ? GROUP BY provider_uuid"
                        + " ORDER BY SUM(claims) + SUM(releases) DESC, provider_uuid LIMIT ?) a LEFT JOIN "
                        + tables.of("dashboard_providers") + " p ON p.provider_uuid = a.provider_uuid"
                        + " ORDER BY a.claims + a.releases DESC, a.provider_uuid",
                (rs, i) -> new ProviderActivity(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                EventTimes.of(since),
                limit);
    }

    /**
     * Usage of a class (by everyone: {@code project} null, or by one project) at the end of each bucket of the
     * resolution from the one holding {@code since} to the one holding {@code until}: the current usage minus the
     * changes of the later buckets, read in one statement (one snapshot).
     */
    public List<Point> series(String resolution, String project, String resourceClass, Instant since, Instant until) {
        String current = project == null
                ? "SELECT SUM(used) FROM " + tables.of("dashboard_totals")
                        + " WHERE scope = 'class' AND scope_key = '' AND resource_class = ?"
                : "SELECT SUM(used) FROM " + tables.of("dashboard_owner_usage")
                        + " WHERE owner_kind = 'project' AND owner_id = ? AND resource_class = ?";
        Instant first = bucketOf(resolution, since);
        List<Object> args = new ArrayList<>();
        if (project != null) {
            args.add(project);
        }
        args.add(resourceClass);
        args.addAll(List.of(
                resolution,
                project == null ? "class" : "project",
                project == null ? "" : project,
                resourceClass,
                EventTimes.of(first)));
        Map<Instant, Long> changes = new LinkedHashMap<>();
        long[] now = new long[1];
        jdbc.query(
                "SELECT CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS bucket_start, (" + current + ") AS delta"
                        + " UNION ALL SELECT bucket_start, SUM(delta) FROM " + tables.of("dashboard_usage_series")
                        + " WHERE resolution = ? AND series_kind = ? AND series_key = ? AND resource_class = ?"
                        + " AND bucket_start >= ? GROUP BY bucket_start",
                rs -> {
                    java.sql.Timestamp start = rs.getTimestamp(1);
                    if (start == null) {
                        now[0] = rs.getLong(2);
                    } else {
                        changes.put(start.toInstant(), rs.getLong(2));
                    }
                },
                args.toArray());
        Instant last = bucketOf(resolution, until);
        for (Instant bucket : changes.keySet()) {
            if (bucket.isAfter(last)) {
                last = bucket; // a writer's clock ahead of this node's
            }
        }
        List<Point> points = new ArrayList<>();
        long level = now[0];
        java.time.Duration step = DashboardRetention.MINUTE.equals(resolution)
                ? java.time.Duration.ofMinutes(1)
                : java.time.Duration.ofHours(1);
        for (Instant bucket = last; !bucket.isBefore(first); bucket = bucket.minus(step)) {
            points.add(new Point(bucket, level));
            level -= changes.getOrDefault(bucket, 0L);
        }
        java.util.Collections.reverse(points);
        return points;
    }

    private static Instant bucketOf(String resolution, Instant time) {
        return DashboardRetention.MINUTE.equals(resolution)
                ? DashboardRetention.minuteOf(time)
                : DashboardRetention.hourOf(time);
    }

    private static String classFilter(String resourceClass) {
        return resourceClass == null ? "" : " AND resource_class = ?";
    }

    private static Object[] args(String resourceClass) {
        return resourceClass == null ? new Object[0] : new Object[] {resourceClass};
    }

    private static DashboardFigures figures(ResultSet rs, int from) throws SQLException {
        return new DashboardFigures(
                rs.getString(from),
                rs.getLong(from + 1),
                rs.getLong(from + 2),
                rs.getLong(from + 3),
                rs.getLong(from + 4),
                rs.getLong(from + 5));
    }
}
