package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.schema.ReadModelTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Compares every table on several PostgreSQL connections at once, all in one snapshot: the one the caller's
 * repeatable-read transaction exported ({@code pg_export_snapshot()}), which must stay open until this returns.
 * Each worker imports it, so every comparison sees the live and rebuilt tables at exactly the caller's point of
 * the history, and one comparison no longer waits for another on a machine with idle cores.
 */
final class SnapshotComparisons {
    private final DataSource dataSource;
    private final int threads;
    private final String workMem;

    SnapshotComparisons(DataSource dataSource, int threads, String workMem) {
        this.dataSource = dataSource;
        this.threads = threads;
        this.workMem = workMem;
    }

    /** Each of {@code tables}, live against {@code rebuilt}, in the order given. */
    List<TableComparison> compare(String snapshot, List<String> tables, ReadModelTables rebuilt) {
        return compare(snapshot, tables, ReadModelTables.LIVE, rebuilt);
    }

    /** Each of {@code tables}, in {@code reference} against {@code rebuilt}, in the order given. */
    List<TableComparison> compare(
            String snapshot, List<String> tables, ReadModelTables reference, ReadModelTables rebuilt) {
        if (!snapshot.matches("[0-9A-Fa-f-]+")) {
            throw new IllegalArgumentException("Not a snapshot id: " + snapshot);
        }
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(threads, tables.size())), BulkReplay.daemon("rebuild-compare"));
        try {
            // the largest tables first, so that no worker is left with a big one at the end
            Map<String, Long> sizes = new HashMap<>();
            tables.forEach(table -> sizes.put(table, estimatedRows(reference, table)));
            Map<String, Future<TableComparison>> running = new HashMap<>();
            tables.stream()
                    .sorted(Comparator.comparing(sizes::get, Comparator.reverseOrder()))
                    .forEach(table ->
                            running.put(table, pool.submit(() -> compareOne(snapshot, table, reference, rebuilt))));
            List<TableComparison> done = new ArrayList<>();
            for (String table : tables) {
                done.add(running.get(table).get());
            }
            return done;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Comparing the rebuilt tables failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while comparing the rebuilt tables", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private TableComparison compareOne(
            String snapshot, String table, ReadModelTables reference, ReadModelTables rebuilt) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                jdbc.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'"); // the transaction's first statement
                jdbc.execute("SET LOCAL work_mem = '" + workMem + "'");
                return new TableComparer(jdbc).compare(table, reference, rebuilt);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The planner's row estimate of the reference table (0 when never analyzed): enough to order the work. */
    private long estimatedRows(ReadModelTables reference, String table) {
        Long rows = new JdbcTemplate(dataSource)
                .queryForObject(
                        "SELECT COALESCE(MAX(reltuples), 0)::bigint FROM pg_class" + " WHERE oid = to_regclass(?)",
                        Long.class,
                        reference.of(table));
        return rows == null ? 0 : rows;
    }
}
