package io.inventoryledger.app.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be used at all (down, restarting, the session killed), however
 * Spring, Axon or Hikari wrapped it: by exception type and by SQLState, never by message.
 */
enum DatabaseUnavailable {
    /** No connection was had: nothing was written. */
    NO_CONNECTION,
    /** A session broke during the request: a write in it rolled back, unless it broke while committing. */
    SESSION_LOST;

    private static final Set<String> SERVER_GOING_AWAY = Set.of(
            "57P01", // admin_shutdown (fast shutdown, pg_terminate_backend)
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now (starting up, shutting down)
            "53300"); // too_many_connections

    /** The kind of unavailability behind {@code failure}, or null when it is something else. */
    static DatabaseUnavailable of(Throwable failure) {
        DatabaseUnavailable found = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException) {
                return NO_CONNECTION;
            }
            if (cause instanceof TransactionSystemException) {
                found = SESSION_LOST; // commit or rollback failed: only a broken session does that here
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || SERVER_GOING_AWAY.contains(state)) {
                    found = SESSION_LOST;
                }
            }
        }
        return found;
    }
}
