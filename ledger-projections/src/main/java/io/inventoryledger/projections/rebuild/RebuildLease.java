package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.schema.Databases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One rebuild at a time across every node of a database. On PostgreSQL a session-level advisory lock, held on a
 * connection of its own for as long as the rebuild runs: a node that dies loses its connection and with it the
 * lock, so no lease can outlive its holder. The embedded H2 store is opened by one process only: a flag suffices.
 */
public class RebuildLease {
    /** The advisory lock's key: "LEDGRBLD" read as a number, unlikely to meet another application's. */
    static final long KEY = 0x4c45444752424c44L;

    private static final AtomicBoolean EMBEDDED_HELD = new AtomicBoolean();

    private final DataSource dataSource;
    private final boolean postgres;

    public RebuildLease(DataSource dataSource) {
        this.dataSource = dataSource;
        this.postgres = Databases.isPostgres(new JdbcTemplate(dataSource));
    }

    /** The lease, or empty when a rebuild holds it already (on this node or another). */
    public Optional<Held> tryAcquire() {
        if (!postgres) {
            return EMBEDDED_HELD.compareAndSet(false, true)
                    ? Optional.of(() -> EMBEDDED_HELD.set(false))
                    : Optional.empty();
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (call(connection, "SELECT pg_try_advisory_lock(?)")) {
                Connection held = connection;
                connection = null;
                return Optional.of(() -> release(held));
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask for the rebuild lease", e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void release(Connection connection) {
        try {
            // the connection goes back to a pool, where a session lock would stay: unlock it first
            call(connection, "SELECT pg_advisory_unlock(?)");
        } catch (SQLException e) {
            try {
                connection.abort(Runnable::run); // ends the session, and the lock with it
            } catch (SQLException ignored) {
                // nothing more to try: the session ends when the pool retires the connection
            }
            throw new IllegalStateException("Could not give the rebuild lease back", e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool replaces a broken connection
            }
        }
    }

    /** A lease that is held until closed. */
    @FunctionalInterface
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
