package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.schema.ReadModelTables;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes whole tables into a rebuild's schema: PostgreSQL's {@code COPY FROM STDIN} (text format) when the
 * database is PostgreSQL, large JDBC batches otherwise (the embedded H2). Each table in a transaction of its
 * own that does not wait for the disk: a rebuild can always be run again.
 */
final class BulkTableWriter {
    private static final int FLUSH_CHARS = 1 << 20;
    private static final int JDBC_BATCH = 5_000;

    private final DataSource dataSource;
    private final ReadModelTables target;

    BulkTableWriter(DataSource dataSource, ReadModelTables target) {
        this.dataSource = dataSource;
        this.target = target;
    }

    void write(String table, List<String> columns, Iterable<Object[]> rows) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (connection.isWrapperFor(PGConnection.class)) {
                    try (Statement relax = connection.createStatement()) {
                        relax.execute("SET LOCAL synchronous_commit = off");
                    }
                    copy(connection.unwrap(PGConnection.class), table, columns, rows);
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

    private void copy(PGConnection connection, String table, List<String> columns, Iterable<Object[]> rows)
            throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn("COPY " + target.of(table) + " (" + String.join(", ", columns)
                + ") FROM STDIN");
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
