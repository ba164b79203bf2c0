package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.schema.LedgerSchema;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An in-process H2 copy of the read model (PostgreSQL mode, as the embedded store): a rebuild replays the
 * history into it without a network round trip per statement, then copies the tables out in batches.
 * The projections' SQL is portable already, because the embedded default store is this same H2.
 */
final class StagingDatabase implements AutoCloseable {
    private static final int COPY_BATCH = 1_000;

    private final SingleConnectionDataSource dataSource;
    private final JdbcTemplate jdbc;

    private StagingDatabase(SingleConnectionDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    static StagingDatabase open() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:rebuild_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
                // every projection statement stays parsed: the default cache (8) is smaller than one handler set
                + ";QUERY_CACHE_SIZE=256");
        h2.setUser("sa");
        try {
            SingleConnectionDataSource single = new SingleConnectionDataSource(h2.getConnection(), true);
            LedgerSchema.migrateReadModel(single, null);
            single.getConnection().setAutoCommit(false);
            return new StagingDatabase(single);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the rebuild's staging database", e);
        }
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    void commit() {
        try {
            connection().commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies every row of {@code tables} into the same tables of {@code target}, in JDBC batches. */
    long copyTo(JdbcTemplate target, ReadModelTables targetTables, List<String> tables) {
        long copied = 0;
        for (String table : tables) {
            List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position", String.class,
                    table);
            String insert = "INSERT INTO " + targetTables.of(table) + " (" + String.join(", ", columns)
                    + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
            List<Object[]> batch = new ArrayList<>(COPY_BATCH);
            long[] count = {0};
            jdbc.query("SELECT " + String.join(", ", columns) + " FROM " + table, rs -> {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                batch.add(row);
                if (batch.size() == COPY_BATCH) {
                    target.batchUpdate(insert, batch);
                    count[0] += batch.size();
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                target.batchUpdate(insert, batch);
                count[0] += batch.size();
            }
            copied += count[0];
        }
        return copied;
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        jdbc.execute("SHUTDOWN");
        dataSource.destroy();
    }
}
