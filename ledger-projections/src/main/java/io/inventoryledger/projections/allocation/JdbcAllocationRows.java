package io.inventoryledger.projections.allocation;

import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** {@link AllocationRows} over SQL. */
public class JdbcAllocationRows implements AllocationRows {
    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    public JdbcAllocationRows(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @Override
    public boolean updateConsumer(UUID consumer, int incarnation, String projectId, String userId, String consumerType,
                                  long generation, Instant time) {
        return jdbc.update("UPDATE " + tables.of("consumers") + " SET project_id = ?, user_id = ?,"
                        + " consumer_type = ?, generation = ?, updated_at = ? WHERE uuid = ? AND incarnation = ?"
                        + " AND generation < ?", projectId, userId, consumerType, generation, EventTimes.of(time),
                consumer, incarnation, generation) > 0;
    }

    @Override
    public boolean insertConsumer(UUID consumer, String streamId, int incarnation, String projectId, String userId,
                                  String consumerType, long generation, Instant time) {
        var at = EventTimes.of(time);
        // one round trip: a row that exists already means the event was applied already
        return jdbc.update("INSERT INTO " + tables.of("consumers") + " (uuid, stream_id, incarnation, project_id,"
                        + " user_id, consumer_type, generation, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                consumer, streamId, incarnation, projectId, userId, consumerType, generation, at, at) > 0;
    }

    @Override
    public void recordIncarnation(UUID consumer, int incarnation) {
        if (jdbc.update("UPDATE " + tables.of("consumer_incarnations") + " SET incarnation = ? WHERE uuid = ?",
                incarnation, consumer) == 0) {
            jdbc.update("INSERT INTO " + tables.of("consumer_incarnations") + " (uuid, incarnation) VALUES (?, ?)",
                    consumer, incarnation);
        }
    }

    @Override
    public boolean deleteConsumer(UUID consumer, int incarnation) {
        return jdbc.update("DELETE FROM " + tables.of("consumers") + " WHERE uuid = ? AND incarnation = ?",
                consumer, incarnation) > 0;
    }

    @Override
    public Map<UUID, Map<String, Long>> allocationsOf(UUID consumer) {
        Map<UUID, Map<String, Long>> rows = new TreeMap<>();
        jdbc.query("SELECT provider_uuid, resource_class, used FROM " + tables.of("allocations")
                        + " WHERE consumer_uuid = ?",
                rs -> {
                    rows.computeIfAbsent(rs.getObject("provider_uuid", UUID.class), p -> new TreeMap<>())
                            .put(rs.getString("resource_class"), rs.getLong("used"));
                }, consumer);
        return rows;
    }

    @Override
    public void replaceAllocations(UUID consumer, boolean hadRows, Map<UUID, Map<String, Long>> allocations) {
        if (hadRows) {
            jdbc.update("DELETE FROM " + tables.of("allocations") + " WHERE consumer_uuid = ?", consumer);
        }
        List<Object[]> rows = new ArrayList<>();
        allocations.forEach((provider, resources) -> resources.forEach((rc, used) ->
                rows.add(new Object[]{consumer, provider, rc, used})));
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + tables.of("allocations") + " (consumer_uuid, provider_uuid, resource_class,"
                + " used) VALUES (?, ?, ?, ?)", rows);
    }

    /**
     * The row is only ever created by a claim, which holds the provider's claim lock, so two transactions cannot
     * both insert it.
     */
    @Override
    public void addUsage(UUID provider, String resourceClass, long delta) {
        String usages = tables.of("provider_usages");
        int updated = jdbc.update("UPDATE " + usages + " SET used = used + ? WHERE provider_uuid = ? AND resource_class = ?",
                delta, provider, resourceClass);
        if (updated == 0) {
            jdbc.update("INSERT INTO " + usages + " (provider_uuid, resource_class, used) VALUES (?, ?, ?)",
                    provider, resourceClass, delta);
        } else {
            jdbc.update("DELETE FROM " + usages + " WHERE provider_uuid = ? AND resource_class = ? AND used = 0",
                    provider, resourceClass);
        }
    }

    /** As {@link #addUsage}, one batch per kind of statement; the zero-row delete only after a decrease. */
    @Override
    public void addUsages(List<UsageDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        String usages = tables.of("provider_usages");
        int[] updated = jdbc.batchUpdate("UPDATE " + usages + " SET used = used + ? WHERE provider_uuid = ?"
                + " AND resource_class = ?", deltas.stream().map(d -> new Object[]{
                        d.delta(), d.provider(), d.resourceClass()}).toList());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> lowered = new ArrayList<>();
        for (int i = 0; i < deltas.size(); i++) {
            UsageDelta d = deltas.get(i);
            if (updated[i] == 0) {
                inserts.add(new Object[]{d.provider(), d.resourceClass(), d.delta()});
            } else if (d.delta() < 0) {
                lowered.add(new Object[]{d.provider(), d.resourceClass()});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + usages + " (provider_uuid, resource_class, used) VALUES (?, ?, ?)",
                    inserts);
        }
        if (!lowered.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM " + usages + " WHERE provider_uuid = ? AND resource_class = ? AND used = 0",
                    lowered);
        }
    }

    @Override
    public void clearUsages(UUID provider) {
        jdbc.update("DELETE FROM " + tables.of("provider_usages") + " WHERE provider_uuid = ?", provider);
    }
}
