package io.inventoryledger.projections.allocation;

import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads over consumers, allocations and usages. */
public class AllocationQueries extends ReadModelJdbc {
    private static final RowMapper<ConsumerAllocationRow> ROW = (rs, i) -> new ConsumerAllocationRow(
            rs.getObject("consumer_uuid", UUID.class),
            rs.getObject("provider_uuid", UUID.class),
            rs.getString("resource_class"),
            rs.getLong("used"),
            rs.getLong("provider_generation"),
            rs.getString("project_id"),
            rs.getString("user_id"),
            rs.getString("consumer_type"),
            rs.getLong("consumer_generation"),
            rs.getTimestamp("updated_at").toInstant());

    public AllocationQueries(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
    }

    public List<ConsumerAllocationRow> byConsumer(UUID consumer) {
        return jdbc.query(
                select() + " WHERE a.consumer_uuid = ? ORDER BY a.provider_uuid, a.resource_class", ROW, consumer);
    }

    public List<ConsumerAllocationRow> byProvider(UUID provider) {
        return jdbc.query(
                select() + " WHERE a.provider_uuid = ? ORDER BY a.consumer_uuid, a.resource_class", ROW, provider);
    }

    /** Usage of every class the provider has inventory of (0 when nothing is allocated). */
    public Map<String, Long> providerUsages(UUID provider) {
        Map<String, Long> usages = new LinkedHashMap<>();
        jdbc.query(
                "SELECT i.resource_class, COALESCE(u.used, 0) AS used FROM " + tables.of("inventories") + " i"
                        + " LEFT JOIN " + tables.of("provider_usages") + " u ON u.provider_uuid = i.provider_uuid"
                        + " AND u.resource_class = i.resource_class WHERE i.provider_uuid = ? ORDER BY i.resource_class",
                rs -> {
                    usages.put(rs.getString("resource_class"), rs.getLong("used"));
                },
                provider);
        return usages;
    }

    /** Total usage per class of a project (and user, when given). */
    public Map<String, Long> totalUsages(String project, String user) {
        List<Object> args = new ArrayList<>(List.of(project));
        String where = ownerFilter(user, args);
        Map<String, Long> usages = new LinkedHashMap<>();
        jdbc.query(
                "SELECT a.resource_class, SUM(a.used) AS used FROM " + tables.of("allocations") + " a JOIN "
                        + tables.of("consumers") + " c ON c.uuid = a.consumer_uuid" + where
                        + " GROUP BY a.resource_class ORDER BY a.resource_class",
                rs -> {
                    usages.put(rs.getString("resource_class"), rs.getLong("used"));
                },
                args.toArray());
        return usages;
    }

    /**
     * Usage per consumer type (1.38): {@code type} null groups by every type ("unknown" for none), "all"
     * puts everything in one group, "unknown" keeps only consumers without a type, anything else filters.
     */
    public List<UsageRow> usagesByConsumerType(String project, String user, String type) {
        List<Object> args = new ArrayList<>(List.of(project));
        StringBuilder where = new StringBuilder(ownerFilter(user, args));
        String group = "COALESCE(c.consumer_type, 'unknown')";
        if ("all".equals(type)) {
            group = "'all'";
        } else if ("unknown".equals(type)) {
            where.append(" AND c.consumer_type IS NULL");
        } else if (type != null) {
            where.append(" AND c.consumer_type = ?");
            args.add(type);
        }
        String from = " FROM " + tables.of("allocations") + " a JOIN " + tables.of("consumers")
                + " c ON c.uuid = a.consumer_uuid" + where;
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query(
                "SELECT " + group + " AS grp, COUNT(DISTINCT c.uuid) AS n" + from + " GROUP BY 1",
                rs -> {
                    counts.put(rs.getString("grp"), rs.getInt("n"));
                },
                args.toArray());
        return jdbc.query(
                "SELECT " + group + " AS grp, a.resource_class, SUM(a.used) AS used" + from
                        + " GROUP BY 1, 2 ORDER BY 1, 2",
                (rs, i) -> new UsageRow(
                        rs.getString("grp"),
                        rs.getString("resource_class"),
                        rs.getLong("used"),
                        counts.getOrDefault(rs.getString("grp"), 0)),
                args.toArray());
    }

    private static String ownerFilter(String user, List<Object> args) {
        if (user == null) {
            return " WHERE c.project_id = ?";
        }
        args.add(user);
        return " WHERE c.project_id = ? AND c.user_id = ?";
    }

    private String select() {
        return "SELECT a.consumer_uuid, a.provider_uuid, a.resource_class, a.used, rp.generation AS provider_generation,"
                + " c.project_id, c.user_id, c.consumer_type, c.generation AS consumer_generation, c.updated_at FROM "
                + tables.of("allocations") + " a JOIN " + tables.of("consumers") + " c ON c.uuid = a.consumer_uuid"
                + " JOIN " + tables.of("resource_providers") + " rp ON rp.uuid = a.provider_uuid";
    }
}
