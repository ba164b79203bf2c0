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
 * the read tables. Each call reads in one repeatable-read transaction, so the rows of all tables are of
 * one instant; uuid lists are sent in chunks of {@value #CHUNK}.
 */
public class CandidateIndexQueries {
    private static final int CHUNK = 500;

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
