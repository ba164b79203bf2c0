package io.inventoryledger.projections.history;

import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link HistoryStateRows} over JDBC, for the live tables or a rebuild's schema. */
public final class JdbcHistoryStateRows implements HistoryStateRows {
    static final String SHAPE_COLUMNS =
            "incarnation, generation, deleted, name, parent_uuid, inventories, traits, aggregates";

    private final JdbcTemplate jdbc;
    private final String shapes;
    private final String usages;
    private final String holdings;

    public JdbcHistoryStateRows(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.shapes = tables.of("history_provider_shapes");
        this.usages = tables.of("history_provider_usages");
        this.holdings = tables.of("history_holdings");
    }

    @Override
    public Optional<ProviderShape> lastShape(UUID provider) {
        String last = "SELECT MAX(position) FROM " + shapes + " WHERE provider_uuid = ?";
        // lock the last row, so that a concurrent change of the same provider waits; then read what is last now
        jdbc.queryForList(
                "SELECT position FROM " + shapes + " WHERE provider_uuid = ? AND position = (" + last + ") FOR UPDATE",
                Long.class,
                provider,
                provider);
        return jdbc
                .query(
                        "SELECT " + SHAPE_COLUMNS + " FROM " + shapes + " WHERE provider_uuid = ? AND position = ("
                                + last + ")",
                        (rs, n) -> shape(rs),
                        provider,
                        provider)
                .stream()
                .findFirst();
    }

    static ProviderShape shape(ResultSet rs) throws SQLException {
        return new ProviderShape(
                new ProviderSnapshot(
                        rs.getInt("incarnation"),
                        rs.getLong("generation"),
                        rs.getString("name"),
                        rs.getObject("parent_uuid", UUID.class),
                        StateText.inventories(rs.getString("inventories")),
                        StateText.names(rs.getString("traits")),
                        StateText.uuids(rs.getString("aggregates"))),
                rs.getBoolean("deleted"));
    }

    @Override
    public void insertShape(UUID provider, long position, Instant time, ProviderShape shape, Long generation) {
        ProviderSnapshot s = shape.snapshot();
        jdbc.update(
                "INSERT INTO " + shapes + " (provider_uuid, position, occurred_at, " + SHAPE_COLUMNS + ")"
                        + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM " + shapes
                        + " WHERE provider_uuid = ? AND position = ?)",
                provider,
                position,
                EventTimes.of(time),
                s.incarnation(),
                generation,
                shape.deleted(),
                s.name(),
                s.parent(),
                StateText.inventories(s.inventories()),
                StateText.list(s.traits()),
                StateText.list(s.aggregates()),
                provider,
                position);
    }

    @Override
    public boolean hasUsageAt(UUID provider, long position) {
        return !jdbc.queryForList(
                        "SELECT 1 FROM " + usages + " WHERE provider_uuid = ? AND position = ?",
                        Integer.class,
                        provider,
                        position)
                .isEmpty();
    }

    @Override
    public Map<String, Long> lastUsage(UUID provider) {
        List<String> last = jdbc.queryForList(
                "SELECT usages FROM " + usages
                        + " WHERE provider_uuid = ? ORDER BY position DESC FETCH FIRST 1 ROWS ONLY",
                String.class,
                provider);
        return last.isEmpty() ? Map.of() : StateText.usages(last.get(0));
    }

    @Override
    public void insertUsage(UUID provider, long position, Instant time, Long generation, Map<String, Long> usage) {
        jdbc.update(
                "INSERT INTO " + usages
                        + " (provider_uuid, position, occurred_at, generation, usages) VALUES (?, ?, ?, ?, ?)",
                provider,
                position,
                EventTimes.of(time),
                generation,
                StateText.usages(usage));
    }

    @Override
    public Map<UUID, Map<String, Long>> holdingsOf(UUID consumer) {
        Map<UUID, Map<String, Long>> held = new HashMap<>();
        jdbc.query(
                "SELECT provider_uuid, resource_class, used FROM " + holdings + " WHERE consumer_uuid = ?",
                rs -> {
                    held.computeIfAbsent(rs.getObject(1, UUID.class), p -> new TreeMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                },
                consumer);
        return held;
    }

    @Override
    public Map<UUID, Map<String, Long>> holdingsOn(UUID provider, Iterable<UUID> consumers) {
        List<Object> args = new ArrayList<>();
        args.add(provider);
        consumers.forEach(args::add);
        Map<UUID, Map<String, Long>> held = new HashMap<>();
        if (args.size() == 1) {
            return held;
        }
        jdbc.query(
                "SELECT consumer_uuid, resource_class, used FROM " + holdings + " WHERE provider_uuid = ?"
                        + " AND consumer_uuid IN (" + "?,".repeat(args.size() - 2) + "?)",
                rs -> {
                    held.computeIfAbsent(rs.getObject(1, UUID.class), c -> new TreeMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                },
                args.toArray());
        return held;
    }

    @Override
    public void hold(UUID provider, UUID consumer, Map<String, Long> before, Map<String, Long> after) {
        if (!before.isEmpty()) { // a new holding (a claim's usual case) has no rows to delete
            jdbc.update(
                    "DELETE FROM " + holdings + " WHERE provider_uuid = ? AND consumer_uuid = ?", provider, consumer);
        }
        if (!after.isEmpty()) {
            List<Object> values = new ArrayList<>();
            after.forEach((rc, used) -> values.addAll(List.of(provider, consumer, rc, used)));
            jdbc.update(
                    "INSERT INTO " + holdings + " (provider_uuid, consumer_uuid, resource_class, used) VALUES "
                            + String.join(", ", Collections.nCopies(after.size(), "(?, ?, ?, ?)")),
                    values.toArray());
        }
    }
}
