package io.inventoryledger.projections.candidateindex;

import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads providers (tree position, inventories, usage, traits, aggregates) and consumers' providers from
 * the read tables, all of one instant: a refresh after a write reads in one statement (one round trip, which
 * PostgreSQL runs on one snapshot); a full load, or a refresh that has to look further (a deleted provider's
 * children, a parent not known yet), reads in one repeatable-read transaction. Uuid lists are sent in chunks
 * of {@value #CHUNK}.
 */
public class CandidateIndexQueries {
    private static final int CHUNK = 500;
    /** Typed NULLs for the columns a row kind of {@link #loadAtOnce} does not use. */
    private static final String NO_UUID = "CAST(NULL AS UUID)";
    private static final String NO_TEXT = "CAST(NULL AS VARCHAR(255))";
    private static final String NO_NUMBERS = ", CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT),"
            + " CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS DOUBLE PRECISION)";

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;
    private final TransactionTemplate snapshot;

    public CandidateIndexQueries(JdbcTemplate jdbc, ReadModelTables tables, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** Every provider and every consumer's providers. */
    IndexRows loadAll() {
        return snapshot.execute(status -> {
            IndexRows rows = new IndexRows();
            readProviders(rows, "", List.of());
            jdbc.query("SELECT DISTINCT consumer_uuid, provider_uuid FROM " + tables.of("allocations"),
                    consumerRow(rows));
            return rows;
        });
    }

    /**
     * The given providers and consumers, then (in the same snapshot) whatever {@code more} asks for next
     * from what was read, until it asks for nothing: e.g. the children of a deleted provider, or a parent
     * the index has not seen yet.
     */
    IndexRows load(Set<UUID> providers, Set<UUID> consumers, Expansion more) {
        if (providers.size() + consumers.size() <= CHUNK) {
            IndexRows rows = loadAtOnce(providers, consumers);
            Set<UUID> wanted = new HashSet<>();
            more.from(rows, Set.copyOf(rows.asked), wanted::add);
            wanted.removeAll(rows.asked);
            if (wanted.isEmpty()) {
                return rows;
            }
        }
        return loadInSnapshot(providers, consumers, more);
    }

    /**
     * One statement: the consumers' providers (kind 0) and, for those and the given providers, the provider
     * rows (1), inventories (2), usages (3), traits (4) and aggregates (5), as rows of one shape.
     */
    private IndexRows loadAtOnce(Set<UUID> providers, Set<UUID> consumers) {
        String asked = "(SELECT uuid FROM asked)";
        StringBuilder sql = new StringBuilder("WITH held AS (SELECT DISTINCT consumer_uuid, provider_uuid FROM ")
                .append(tables.of("allocations")).append(" WHERE consumer_uuid IN (").append(marksOrNull(consumers.size()))
                .append(")), asked AS (SELECT provider_uuid AS uuid FROM held");
        if (!providers.isEmpty()) {
            sql.append(" UNION SELECT uuid FROM ").append(tables.of("resource_providers"))
                    .append(" WHERE uuid IN (").append(marks(providers.size())).append(')');
        }
        sql.append(") SELECT 0, consumer_uuid, provider_uuid, ").append(NO_TEXT).append(NO_NUMBERS).append(" FROM held")
                .append(" UNION ALL SELECT 1, uuid, parent_uuid, ").append(NO_TEXT).append(NO_NUMBERS)
                .append(" FROM ").append(tables.of("resource_providers")).append(" WHERE uuid IN ").append(asked)
                .append(" UNION ALL SELECT 2, provider_uuid, ").append(NO_UUID).append(", resource_class, total,"
                        + " reserved, min_unit, max_unit, step_size, allocation_ratio FROM ")
                .append(tables.of("inventories")).append(" WHERE provider_uuid IN ").append(asked)
                .append(" UNION ALL SELECT 3, provider_uuid, ").append(NO_UUID).append(", resource_class, used,"
                        + " NULL, NULL, NULL, NULL, NULL FROM ").append(tables.of("provider_usages"))
                .append(" WHERE provider_uuid IN ").append(asked)
                .append(" UNION ALL SELECT 4, provider_uuid, ").append(NO_UUID).append(", trait").append(NO_NUMBERS)
                .append(" FROM ").append(tables.of("provider_traits")).append(" WHERE provider_uuid IN ").append(asked)
                .append(" UNION ALL SELECT 5, provider_uuid, aggregate_uuid, ").append(NO_TEXT).append(NO_NUMBERS)
                .append(" FROM ").append(tables.of("provider_aggregates")).append(" WHERE provider_uuid IN ")
                .append(asked);
        List<Object> args = new ArrayList<>(consumers);
        args.addAll(providers);
        IndexRows rows = new IndexRows();
        rows.asked.addAll(providers);
        List<Object[]> details = new ArrayList<>();
        jdbc.query(sql.toString(), (RowCallbackHandler) rs -> {
            int kind = rs.getInt(1);
            UUID first = rs.getObject(2, UUID.class);
            switch (kind) {
                case 0 -> {
                    UUID provider = rs.getObject(3, UUID.class);
                    rows.consumerProviders.computeIfAbsent(first, c -> new HashSet<>()).add(provider);
                    rows.asked.add(provider);
                }
                case 1 -> rows.providers.put(first, new ProviderState(first, rs.getObject(3, UUID.class)));
                case 2 -> details.add(new Object[]{kind, first, rs.getString(4), new Inventory(rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getDouble(10))});
                case 3 -> details.add(new Object[]{kind, first, rs.getString(4), rs.getLong(5)});
                case 4 -> details.add(new Object[]{kind, first, rs.getString(4)});
                default -> details.add(new Object[]{kind, first, rs.getObject(3, UUID.class).toString()});
            }
        }, args.toArray());
        for (Object[] detail : details) {
            ProviderState state = rows.providers.get((UUID) detail[1]);
            if (state == null) {
                continue;
            }
            switch ((int) detail[0]) {
                case 2 -> state.inventories.put((String) detail[2], (Inventory) detail[3]);
                case 3 -> state.used.put((String) detail[2], (Long) detail[3]);
                case 4 -> state.traits.add((String) detail[2]);
                default -> state.aggregates.add((String) detail[2]);
            }
        }
        return rows;
    }

    private IndexRows loadInSnapshot(Set<UUID> providers, Set<UUID> consumers, Expansion more) {
        return snapshot.execute(status -> {
            IndexRows rows = new IndexRows();
            for (List<UUID> chunk : chunks(consumers)) {
                String marks = marks(chunk.size());
                jdbc.query("SELECT DISTINCT consumer_uuid, provider_uuid FROM " + tables.of("allocations")
                        + " WHERE consumer_uuid IN (" + marks + ")", consumerRow(rows), chunk.toArray());
            }
            Set<UUID> asked = rows.asked;
            Set<UUID> next = new HashSet<>(providers);
            rows.consumerProviders.values().forEach(next::addAll);
            while (!next.isEmpty()) {
                asked.addAll(next);
                for (List<UUID> chunk : chunks(next)) {
                    readProviders(rows, " IN (" + marks(chunk.size()) + ")", chunk);
                }
                Set<UUID> wanted = new HashSet<>();
                more.from(rows, next, wanted::add);
                wanted.removeAll(asked);
                next = wanted;
            }
            return rows;
        });
    }

    /** Asks for more providers once some were read. */
    @FunctionalInterface
    interface Expansion {
        void from(IndexRows rows, Set<UUID> justAsked, Consumer<UUID> ask);
    }

    private void readProviders(IndexRows rows, String in, List<UUID> uuids) {
        Object[] args = uuids.toArray();
        jdbc.query("SELECT uuid, parent_uuid FROM " + tables.of("resource_providers")
                + (in.isEmpty() ? "" : " WHERE uuid" + in), (RowCallbackHandler) rs -> {
                    UUID uuid = rs.getObject(1, UUID.class);
                    rows.providers.put(uuid, new ProviderState(uuid, rs.getObject(2, UUID.class)));
                }, args);
        String where = in.isEmpty() ? "" : " WHERE provider_uuid" + in;
        jdbc.query("SELECT provider_uuid, resource_class, total, reserved, min_unit, max_unit, step_size,"
                + " allocation_ratio FROM " + tables.of("inventories") + where, (RowCallbackHandler) rs -> {
                    ProviderState state = rows.providers.get(rs.getObject(1, UUID.class));
                    if (state != null) {
                        state.inventories.put(rs.getString(2), inventory(rs));
                    }
                }, args);
        jdbc.query("SELECT provider_uuid, resource_class, used FROM " + tables.of("provider_usages") + where,
                (RowCallbackHandler) rs -> {
                    ProviderState state = rows.providers.get(rs.getObject(1, UUID.class));
                    if (state != null) {
                        state.used.put(rs.getString(2), rs.getLong(3));
                    }
                }, args);
        jdbc.query("SELECT provider_uuid, trait FROM " + tables.of("provider_traits") + where,
                (RowCallbackHandler) rs -> {
                    ProviderState state = rows.providers.get(rs.getObject(1, UUID.class));
                    if (state != null) {
                        state.traits.add(rs.getString(2));
                    }
                }, args);
        jdbc.query("SELECT provider_uuid, aggregate_uuid FROM " + tables.of("provider_aggregates") + where,
                (RowCallbackHandler) rs -> {
                    ProviderState state = rows.providers.get(rs.getObject(1, UUID.class));
                    if (state != null) {
                        state.aggregates.add(rs.getObject(2, UUID.class).toString());
                    }
                }, args);
    }

    private static Inventory inventory(ResultSet rs) throws SQLException {
        return new Inventory(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                rs.getDouble(8));
    }

    private static RowCallbackHandler consumerRow(IndexRows rows) {
        return rs -> rows.consumerProviders.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashSet<>())
                .add(rs.getObject(2, UUID.class));
    }

    /** The placeholders of {@code count} values, or a NULL (matching nothing) for none. */
    private static String marksOrNull(int count) {
        return count == 0 ? "NULL" : marks(count);
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static List<List<UUID>> chunks(Collection<UUID> uuids) {
        List<UUID> all = new ArrayList<>(uuids);
        List<List<UUID>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
