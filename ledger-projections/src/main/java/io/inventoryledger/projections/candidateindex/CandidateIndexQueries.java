package io.inventoryledger.projections.candidateindex;

import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.projections.schema.Databases;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.sql.PreparedStatement;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads providers (tree position, inventories, usage, traits, aggregates) and consumers' providers from
 * the read tables, all of one instant: on PostgreSQL a refresh after a write reads in one statement (one round
 * trip, run on one snapshot); a full load, or a refresh that has to look further (a deleted provider's
 * children, a parent not known yet), reads in one repeatable-read transaction. Uuid lists are sent in chunks
 * of {@value #CHUNK}.
 */
public class CandidateIndexQueries extends ReadModelJdbc {
    private static final int CHUNK = 500;

    private final TransactionTemplate snapshot;
    /** PostgreSQL refreshes in one statement (arrays, one snapshot per statement); H2 in a transaction. */
    private final boolean postgres;

    private final String atOnceSql;

    public CandidateIndexQueries(JdbcTemplate jdbc, ReadModelTables tables, PlatformTransactionManager transactions) {
        super(jdbc, tables);
        this.postgres = Databases.isPostgres(jdbc);
        this.atOnceSql = atOnceSql(tables);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** Every provider and every consumer's providers. */
    IndexRows loadAll() {
        return snapshot.execute(status -> {
            IndexRows rows = new IndexRows();
            readProviders(rows, "", List.of());
            jdbc.query(
                    "SELECT DISTINCT consumer_uuid, provider_uuid FROM " + tables.of("allocations"), consumerRow(rows));
            return rows;
        });
    }

    /**
     * The given providers and consumers, then (in the same snapshot) whatever {@code more} asks for next
     * from what was read, until it asks for nothing: e.g. the children of a deleted provider, or a parent
     * the index has not seen yet.
     */
    IndexRows load(Set<UUID> providers, Set<UUID> consumers, Expansion more) {
        if (postgres) {
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
     * rows (1), inventories (2), usages (3), traits (4) and aggregates (5), as rows of one shape. The uuids go as
     * two arrays, so that the text never changes (pgjdbc prepares it on the server; PostgreSQL still makes a custom
     * plan for most calls, about 0.5 ms). With current statistics every table is read through its primary key;
     * with the statistics of empty tables (no autovacuum) PostgreSQL scans them.
     */
    private IndexRows loadAtOnce(Set<UUID> providers, Set<UUID> consumers) {
        IndexRows rows = new IndexRows();
        rows.asked.addAll(providers);
        List<Detail> details = new ArrayList<>();
        jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(atOnceSql);
                    statement.setArray(1, connection.createArrayOf("uuid", consumers.toArray()));
                    statement.setArray(2, connection.createArrayOf("uuid", providers.toArray()));
                    return statement;
                },
                (RowCallbackHandler) rs -> {
                    int kind = rs.getInt(1);
                    UUID first = rs.getObject(2, UUID.class);
                    switch (kind) {
                        case 0 -> {
                            UUID provider = rs.getObject(3, UUID.class);
                            rows.consumerProviders
                                    .computeIfAbsent(first, c -> new HashSet<>())
                                    .add(provider);
                            rows.asked.add(provider);
                        }
                        case 1 -> rows.providers.put(first, new ProviderState(first, rs.getObject(3, UUID.class)));
                        case 2 ->
                            details.add(new Detail(
                                    kind,
                                    first,
                                    rs.getString(4),
                                    new Inventory(
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            rs.getLong(7),
                                            rs.getLong(8),
                                            rs.getLong(9),
                                            rs.getDouble(10))));
                        case 3 -> details.add(new Detail(kind, first, rs.getString(4), rs.getLong(5)));
                        case 4 -> details.add(new Detail(kind, first, rs.getString(4), null));
                        default ->
                            details.add(new Detail(
                                    kind, first, rs.getObject(3, UUID.class).toString(), null));
                    }
                });
        for (Detail detail : details) {
            ProviderState state = rows.providers.get(detail.provider());
            if (state == null) {
                continue;
            }
            switch (detail.kind()) {
                case 2 -> state.inventories.put(detail.name(), (Inventory) detail.value());
                case 3 -> state.used.put(detail.name(), (Long) detail.value());
                case 4 -> state.traits.add(detail.name());
                default -> state.aggregates.add(detail.name());
            }
        }
        return rows;
    }

    /** A row of {@link #loadAtOnce} about a provider, kept until every provider row has been read. */
    private record Detail(int kind, UUID provider, String name, Object value) {}

    private static String atOnceSql(ReadModelTables tables) {
        String asked = " = ANY(ARRAY(SELECT uuid FROM asked))";
        String noNumbers = ", CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT),"
                + " CAST(NULL AS BIGINT), CAST(NULL AS DOUBLE PRECISION)";
        return "WITH held AS (SELECT DISTINCT consumer_uuid, provider_uuid FROM " + tables.of("allocations")
                + " WHERE consumer_uuid = ANY(?)),"
                + " asked AS (SELECT provider_uuid AS uuid FROM held UNION SELECT unnest(CAST(? AS UUID[])))"
                + " SELECT 0, consumer_uuid, provider_uuid, CAST(NULL AS TEXT)" + noNumbers + " FROM held"
                + " UNION ALL SELECT 1, uuid, parent_uuid, NULL" + noNumbers + " FROM "
                + tables.of("resource_providers")
                + " WHERE uuid" + asked
                + " UNION ALL SELECT 2, provider_uuid, NULL, resource_class, total, reserved, min_unit, max_unit,"
                + " step_size, allocation_ratio FROM " + tables.of("inventories") + " WHERE provider_uuid" + asked
                + " UNION ALL SELECT 3, provider_uuid, NULL, resource_class, used, NULL, NULL, NULL, NULL, NULL FROM "
                + tables.of("provider_usages") + " WHERE provider_uuid" + asked
                + " UNION ALL SELECT 4, provider_uuid, NULL, trait" + noNumbers + " FROM "
                + tables.of("provider_traits")
                + " WHERE provider_uuid" + asked
                + " UNION ALL SELECT 5, provider_uuid, aggregate_uuid, NULL" + noNumbers + " FROM "
                + tables.of("provider_aggregates") + " WHERE provider_uuid" + asked;
    }

    private IndexRows loadInSnapshot(Set<UUID> providers, Set<UUID> consumers, Expansion more) {
        return snapshot.execute(status -> {
            IndexRows rows = new IndexRows();
            for (List<UUID> chunk : chunks(consumers)) {
                String marks = marks(chunk.size());
                jdbc.query(
                        "SELECT DISTINCT consumer_uuid, provider_uuid FROM " + tables.of("allocations")
                                + " WHERE consumer_uuid IN (" + marks + ")",
                        consumerRow(rows),
                        chunk.toArray());
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
        jdbc.query(
                "SELECT uuid, parent_uuid FROM " + tables.of("resource_providers")
                        + (in.isEmpty() ? "" : " WHERE uuid" + in),
                (RowCallbackHandler) rs -> {
                    UUID uuid = rs.getObject(1, UUID.class);
                    rows.providers.put(uuid, new ProviderState(uuid, rs.getObject(2, UUID.class)));
                },
                args);
        String where = in.isEmpty() ? "" : " WHERE provider_uuid" + in;
        jdbc.query(
                "SELECT provider_uuid, resource_class, total, reserved, min_unit, max_unit, step_size,"
                        + " allocation_ratio FROM " + tables.of("inventories") + where,
                (RowCallbackHandler) rs -> {
                    ProviderState state = rows.providers.get(rs.getObject(1, UUID.class));
                    if (state != null) {
                        state.inventories.put(rs.getString(2), inventory(rs));
                    }
                },
                args);
        jdbc.query(
                "SELECT provider_uuid, resource_class, used FROM " + tables.of("provider_usages") + where,
                (RowCallbackHandler) rs -> {
                    ProviderState state = rows.providers.get(rs.getObject(1, UUID.class));
                    if (state != null) {
                        state.used.put(rs.getString(2), rs.getLong(3));
                    }
                },
                args);
        jdbc.query(
                "SELECT provider_uuid, trait FROM " + tables.of("provider_traits") + where,
                (RowCallbackHandler) rs -> {
                    ProviderState state = rows.providers.get(rs.getObject(1, UUID.class));
                    if (state != null) {
                        state.traits.add(rs.getString(2));
                    }
                },
                args);
        jdbc.query(
                "SELECT provider_uuid, aggregate_uuid FROM " + tables.of("provider_aggregates") + where,
                (RowCallbackHandler) rs -> {
                    ProviderState state = rows.providers.get(rs.getObject(1, UUID.class));
                    if (state != null) {
                        state.aggregates.add(rs.getObject(2, UUID.class).toString());
                    }
                },
                args);
    }

    private static Inventory inventory(ResultSet rs) throws SQLException {
        return new Inventory(
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getDouble(8));
    }

    private static RowCallbackHandler consumerRow(IndexRows rows) {
        return rs -> rows.consumerProviders
                .computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashSet<>())
                .add(rs.getObject(2, UUID.class));
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
