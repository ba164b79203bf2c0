package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.schema.ReadModelTables;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes whole tables into a rebuild's schema: PostgreSQL's {@code COPY FROM STDIN} (text format) when the
 * database is PostgreSQL (indexes and keys made again after the rows are in), large JDBC batches otherwise (the
 * embedded H2). Each table in a transaction of its own that does not wait for the disk: a rebuild can always be
 * run again.
 */
final class BulkTableWriter {
    private static final int FLUSH_CHARS = 1 << 20;
    private static final int JDBC_BATCH = 5_000;
    private static final String INDEX_BUILD_MEMORY = "128MB";

    private final DataSource dataSource;
    private final ReadModelTables target;
    private final boolean lookupIndexes;

    /**
     * {@code lookupIndexes}: make the tables' non-unique indexes again after the COPY. A rebuild that is only
     * compared and then dropped does without them: the comparison reads whole tables, and keys and unique
     * indexes (which the catch-up's statements and the checks need) are always made.
     */
    BulkTableWriter(DataSource dataSource, ReadModelTables target, boolean lookupIndexes) {
        this.dataSource = dataSource;
        this.target = target;
        this.lookupIndexes = lookupIndexes;
    }

    void write(String table, List<String> columns, Iterable<Object[]> rows) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (connection.isWrapperFor(PGConnection.class)) {
                    execute(
                            connection,
                            List.of(
                                    "SET LOCAL synchronous_commit = off",
                                    "SET LOCAL maintenance_work_mem = '" + INDEX_BUILD_MEMORY + "'"));
                    List<String> rebuildIndexes = dropIndexes(connection, table);
                    copy(connection.unwrap(PGConnection.class), table, columns, rows);
                    execute(connection, rebuildIndexes);
                } else {
                    insert(connection, table, columns, rows);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write table " + target.of(table), e);
        }
    }

    /**
     * Drops the table's indexes and key constraints, returning the statements that make them again: one sorted
     * build per index after the COPY costs far less than a million index insertions during it.
     */
    private List<String> dropIndexes(Connection connection, String table) throws SQLException {
        String qualified = target.of(table);
        List<String> drop = new ArrayList<>();
        List<String> make = new ArrayList<>();
        try (PreparedStatement keys = connection.prepareStatement("SELECT conname, pg_get_constraintdef(oid)"
                + " FROM pg_constraint WHERE conrelid = CAST(? AS regclass) AND contype IN ('p', 'u')")) {
            keys.setString(1, qualified);
            try (ResultSet rs = keys.executeQuery()) {
                while (rs.next()) {
                    drop.add("ALTER TABLE " + qualified + " DROP CONSTRAINT " + rs.getString(1));
                    make.add("ALTER TABLE " + qualified + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        try (PreparedStatement indexes = connection.prepareStatement("SELECT CAST(i.indexrelid AS regclass),"
                + " pg_get_indexdef(i.indexrelid), i.indisunique FROM pg_index i"
                + " WHERE i.indrelid = CAST(? AS regclass)"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)")) {
            indexes.setString(1, qualified);
            try (ResultSet rs = indexes.executeQuery()) {
                while (rs.next()) {
                    drop.add(0, "DROP INDEX " + rs.getString(1));
                    if (lookupIndexes || rs.getBoolean(3)) {
                        make.add(rs.getString(2));
                    }
                }
            }
        }
        execute(connection, drop);
        return make;
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private void copy(PGConnection connection, String table, List<String> columns, Iterable<Object[]> rows)
            throws SQLException {
        CopyIn copy = connection
                .getCopyAPI()
                .copyIn("COPY " + target.of(table) + " (" + String.join(", ", columns) + ") FROM STDIN");
        try {
            StringBuilder text = new StringBuilder(FLUSH_CHARS + 4096);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    CopyText.append(text, row[i]);
                }
                text.append('\n');
                if (text.length() >= FLUSH_CHARS) {
                    send(copy, text);
                }
            }
            send(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private void insert(Connection connection, String table, List<String> columns, Iterable<Object[]> rows)
            throws SQLException {
        String sql = "INSERT INTO " + target.of(table) + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int batched = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i] instanceof Instant time ? Timestamp.from(time) : row[i]);
                }
                insert.addBatch();
                if (++batched == JDBC_BATCH) {
                    insert.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
    }
}
