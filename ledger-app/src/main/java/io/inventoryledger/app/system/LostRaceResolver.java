package io.inventoryledger.app.system;

import java.sql.SQLException;
import java.util.Set;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon which failures of an event append mean "another writer got there first", so that they
 * surface as its ConcurrencyException (409), not as a storage failure (500): a duplicate
 * (aggregate, sequence) key, and a deadlock or serialization failure against a concurrent writer of the
 * same provider (a delete holding the provider's row while an inventory write appends, say).
 */
final class LostRaceResolver implements PersistenceExceptionResolver {
    private static final Set<String> LOST_RACE = Set.of(
            "23505", // unique_violation
            "40P01", // deadlock_detected
            "40001"); // serialization_failure

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && LOST_RACE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
