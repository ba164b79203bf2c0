package io.inventoryledger.projections.allocation;

import io.inventoryledger.projections.schema.Databases;
import io.inventoryledger.projections.schema.EventTimes;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.schema.UnitOfWorkBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link AllocationRows} over SQL. A claim's rows go in as one statement per table (multi-row), and the first
 * writes of a whole batch of claims (a group commit) as one statement per table, since every statement is a round
 * trip and work for PostgreSQL on the claim path.
 */
public class JdbcAllocationRows extends ReadModelJdbc implements AllocationRows {
    private static final int ROWS_PER_STATEMENT = 1000;

    /**
     * Whether raising a usage can be PostgreSQL's upsert and first writes wait for their batch; H2, the embedded
     * store, updates and inserts, and writes each first write at once.
     */
    private final boolean postgres;
    /** The name of the running batch's first writes into these tables. */
    private final String firstWrites;

    public JdbcAllocationRows(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
        this.postgres = Databases.isPostgres(jdbc);
        this.firstWrites = "first-writes/" + tables.of("consumers");
    }

    /**
     * On PostgreSQL, within a processor's batch: kept with the batch's other first writes and written with them
     * in four statements (see {@link #writeFirst}), instead of four each.
     */
    @Override
    public void firstWrite(ConsumerVersion version, Map<UUID, Map<String, Long>> allocations) {
        UnitOfWorkBatch<FirstWrite> batch = postgres ? UnitOfWorkBatch.current(firstWrites, this::writeFirst) : null;
        if (batch == null) {
            AllocationRows.super.firstWrite(version, allocations);
        } else {
            batch.add(new FirstWrite(version, allocations));
        }
    }

    /** Inserts {@code count} consumer rows (those that exist already are left alone). */
    private String insertConsumers(int count) {
        return "INSERT INTO " + tables.of("consumers") + " (uuid, stream_id, incarnation, project_id, user_id,"
                + " consumer_type, generation, created_at, updated_at) VALUES "
                + rowsOf(count, "(?, ?, ?, ?, ?, ?, ?, ?, ?)") + " ON CONFLICT DO NOTHING";
    }

    private static Object[] consumerRow(ConsumerVersion v) {
        var at = EventTimes.of(v.time());
        return new Object[] {
            v.consumer(),
            v.streamId(),
            v.incarnation(),
            v.projectId(),
            v.userId(),
            v.consumerType(),
            v.generation(),
            at,
            at
        };
    }

    private record FirstWrite(ConsumerVersion version, Map<UUID, Map<String, Long>> allocations) {}

    /**
     * The consumer rows in one statement, which says which were new (a row that exists means that event was
     * applied already, as for a single {@link #insertConsumer}); for those, their incarnations, their allocation
     * rows and the usage they add, one statement each.
     */
    private void writeFirst(List<FirstWrite> writes) {
        Set<UUID> inserted = new HashSet<>();
        for (List<FirstWrite> chunk : chunks(writes)) {
            inserted.addAll(jdbc.queryForList(
                    insertConsumers(chunk.size()) + " RETURNING uuid",
                    UUID.class,
                    flatten(chunk.stream().map(w -> consumerRow(w.version())).toList())));
        }
        List<FirstWrite> applied = writes.stream()
                .filter(w -> inserted.remove(w.version().consumer())) // once per row inserted
                .toList();
        if (applied.isEmpty()) {
            return;
        }
        for (List<FirstWrite> chunk : chunks(applied)) {
            jdbc.update(
                    "INSERT INTO " + tables.of("consumer_incarnations") + " (uuid, incarnation) VALUES "
                            + rowsOf(chunk.size(), "(?, ?)")
                            + " ON CONFLICT (uuid) DO UPDATE SET incarnation = EXCLUDED.incarnation",
                    flatten(chunk.stream()
                            .map(w -> new Object[] {
                                w.version().consumer(), w.version().incarnation()
                            })
                            .toList()));
        }
        List<Object[]> allocationRows = new ArrayList<>();
        UsageDeltas usage = new UsageDeltas();
        for (FirstWrite w : applied) {
            w.allocations()
                    .forEach((provider, resources) -> resources.forEach((rc, used) ->
                            allocationRows.add(new Object[] {w.version().consumer(), provider, rc, used})));
            usage.add(w.allocations(), 1);
        }
        insertAllocationRows(allocationRows);
        addUsagesNow(usage.inLockOrder());
    }

    @Override
    public boolean updateConsumer(ConsumerVersion v) {
        UnitOfWorkBatch.writeNow(firstWrites);
        return jdbc.update(
                        "UPDATE " + tables.of("consumers") + " SET project_id = ?, user_id = ?,"
                                + " consumer_type = ?, generation = ?, updated_at = ? WHERE uuid = ? AND incarnation = ?"
                                + " AND generation < ?",
                        v.projectId(),
                        v.userId(),
                        v.consumerType(),
                        v.generation(),
                        EventTimes.of(v.time()),
                        v.consumer(),
                        v.incarnation(),
                        v.generation())
                > 0;
    }

    @Override
    public boolean insertConsumer(ConsumerVersion v) {
        UnitOfWorkBatch.writeNow(firstWrites);
        // one round trip: a row that exists already means the event was applied already
        return jdbc.update(insertConsumers(1), consumerRow(v)) > 0;
    }

    @Override
    public void recordIncarnation(UUID consumer, int incarnation) {
        UnitOfWorkBatch.writeNow(firstWrites);
        // insert first: most consumers are new, and a returning one has a row to update
        if (jdbc.update(
                        "INSERT INTO " + tables.of("consumer_incarnations") + " (uuid, incarnation) VALUES (?, ?)"
                                + " ON CONFLICT DO NOTHING",
                        consumer,
                        incarnation)
                == 0) {
            jdbc.update(
                    "UPDATE " + tables.of("consumer_incarnations") + " SET incarnation = ? WHERE uuid = ?",
                    incarnation,
                    consumer);
        }
    }

    @Override
    public boolean deleteConsumer(UUID consumer, int incarnation) {
        UnitOfWorkBatch.writeNow(firstWrites);
        return jdbc.update(
                        "DELETE FROM " + tables.of("consumers") + " WHERE uuid = ? AND incarnation = ?",
                        consumer,
                        incarnation)
                > 0;
    }

    @Override
    public Map<UUID, Map<String, Long>> allocationsOf(UUID consumer) {
        UnitOfWorkBatch.writeNow(firstWrites);
        Map<UUID, Map<String, Long>> rows = new TreeMap<>();
        jdbc.query(
                "SELECT provider_uuid, resource_class, used FROM " + tables.of("allocations")
                        + " WHERE consumer_uuid = ?",
                rs -> {
                    rows.computeIfAbsent(rs.getObject("provider_uuid", UUID.class), p -> new TreeMap<>())
                            .put(rs.getString("resource_class"), rs.getLong("used"));
                },
                consumer);
        return rows;
    }

    @Override
    public void replaceAllocations(UUID consumer, boolean hadRows, Map<UUID, Map<String, Long>> allocations) {
        UnitOfWorkBatch.writeNow(firstWrites);
        if (hadRows) {
            jdbc.update("DELETE FROM " + tables.of("allocations") + " WHERE consumer_uuid = ?", consumer);
        }
        List<Object[]> rows = new ArrayList<>();
        allocations.forEach((provider, resources) ->
                resources.forEach((rc, used) -> rows.add(new Object[] {consumer, provider, rc, used})));
        insertAllocationRows(rows);
    }

    private void insertAllocationRows(List<Object[]> rows) {
        for (List<Object[]> chunk : chunks(rows)) {
            jdbc.update(
                    "INSERT INTO " + tables.of("allocations") + " (consumer_uuid, provider_uuid, resource_class,"
                            + " used) VALUES " + rowsOf(chunk.size(), "(?, ?, ?, ?)"),
                    flatten(chunk));
        }
    }

    @Override
    public void addUsage(UUID provider, String resourceClass, long delta) {
        addUsages(List.of(new UsageDelta(provider, resourceClass, delta)));
    }

    /**
     * As {@link #addUsage}, in few round trips: the lowered rows that reach zero are deleted by one batch and only
     * the others updated; the raised ones are one upsert on PostgreSQL. Every writer of a provider's usage
     * holds that provider's claim lock, so the rows cannot change between these statements.
     */
    @Override
    public void addUsages(List<UsageDelta> deltas) {
        UnitOfWorkBatch.writeNow(firstWrites);
        addUsagesNow(deltas);
    }

    private void addUsagesNow(List<UsageDelta> deltas) {
        chunks(deltas.stream().filter(d -> d.delta() < 0).toList()).forEach(this::lower);
        chunks(deltas.stream().filter(d -> d.delta() > 0).toList()).forEach(this::raise);
    }

    private void lower(List<UsageDelta> lowered) {
        // plain statements in one batch (one round trip), planned once per connection
        List<UsageDelta> notEmptied = eachOf(
                lowered,
                "DELETE FROM " + tables.of("provider_usages")
                        + " WHERE provider_uuid = ? AND resource_class = ? AND used = ?",
                d -> new Object[] {d.provider(), d.resourceClass(), -d.delta()});
        if (!notEmptied.isEmpty()) {
            addToRows(notEmptied);
        }
    }

    private void raise(List<UsageDelta> raised) {
        if (postgres) {
            jdbc.update(
                    "INSERT INTO " + tables.of("provider_usages") + " AS u (provider_uuid, resource_class, used)"
                            + " VALUES " + rowsOf(raised.size(), "(?, ?, ?)")
                            + " ON CONFLICT (provider_uuid, resource_class) DO UPDATE SET used = u.used + EXCLUDED.used",
                    flatten(raised.stream().map(JdbcAllocationRows::newRow).toList()));
            return;
        }
        List<UsageDelta> absent = addToRows(raised);
        if (!absent.isEmpty()) {
            eachOf(
                    absent,
                    "INSERT INTO " + tables.of("provider_usages") + " (provider_uuid, resource_class, used)"
                            + " VALUES (?, ?, ?)",
                    JdbcAllocationRows::newRow);
        }
    }

    /** {@code used = used + delta} on each delta's row; returns the deltas that found no row. */
    private List<UsageDelta> addToRows(List<UsageDelta> deltas) {
        return eachOf(
                deltas,
                "UPDATE " + tables.of("provider_usages") + " SET used = used + ?"
                        + " WHERE provider_uuid = ? AND resource_class = ?",
                d -> new Object[] {d.delta(), d.provider(), d.resourceClass()});
    }

    /** Runs {@code sql} once per delta, as one batch; returns the deltas for which it changed no row. */
    private List<UsageDelta> eachOf(List<UsageDelta> deltas, String sql, Function<UsageDelta, Object[]> arguments) {
        int[] changed = jdbc.batchUpdate(sql, deltas.stream().map(arguments).toList());
        List<UsageDelta> unchanged = new ArrayList<>();
        for (int i = 0; i < deltas.size(); i++) {
            if (changed[i] == 0) {
                unchanged.add(deltas.get(i));
            }
        }
        return unchanged;
    }

    private static Object[] newRow(UsageDelta d) {
        return new Object[] {d.provider(), d.resourceClass(), d.delta()};
    }

    /** Pieces of at most {@link #ROWS_PER_STATEMENT}, so that a statement stays within the driver's parameter limit. */
    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }

    private static Object[] flatten(List<Object[]> rows) {
        return rows.stream().flatMap(Arrays::stream).toArray();
    }

    /** {@code count} copies of one row's placeholders, comma-separated. */
    private static String rowsOf(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    @Override
    public void clearUsages(UUID provider) {
        UnitOfWorkBatch.writeNow(firstWrites);
        jdbc.update("DELETE FROM " + tables.of("provider_usages") + " WHERE provider_uuid = ?", provider);
    }
}
