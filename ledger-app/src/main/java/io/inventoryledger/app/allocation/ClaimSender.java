package io.inventoryledger.app.allocation;

import io.inventoryledger.app.command.LedgerCommands;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.core.allocation.AllocationCommand;
import io.inventoryledger.core.error.ErrorCodes;
import java.sql.SQLException;
import java.util.Set;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Sends an allocation write and, as Placement does, retries it whole (no pause) when a provider changed
 * under it: the losing append of a race, or a lock the database (or this node's aggregate locks) broke as a
 * deadlock. After {@link #ATTEMPTS}
 * tries the caller gets 409 placement.concurrent_update. A stale consumer generation is never retried:
 * the aggregates refuse it with their own 409.
 */
@Component
class ClaimSender {
    static final int ATTEMPTS = 10;
    static final String ALLOCATION_CONFLICT = "Inventory and/or allocations changed while attempting to allocate: "
            + "Another thread concurrently updated the resource provider data. Please retry your update";
    /** PostgreSQL's serialization failure and deadlock: the transaction may simply be run again. */
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("40001", "40P01");

    private final LedgerCommands commands;
    private final ClaimBatcher batcher;

    ClaimSender(LedgerCommands commands, ClaimBatcher batcher) {
        this.commands = commands;
        this.batcher = batcher;
    }

    /** Claims and releases go through the node's group commit; a reshape, or a batch that failed whole, alone. */
    void send(AllocationCommand command, String conflictDetail) {
        if (batcher.enabled() && !(command instanceof AllocationCommand.Reshape)) {
            ClaimBatcher.Outcome outcome = batcher.write(command);
            if (outcome instanceof ClaimBatcher.Accepted) {
                return;
            }
            if (outcome instanceof ClaimBatcher.Refused refused) {
                throw refused.refusal();
            }
        }
        sendAlone(command, conflictDetail);
    }

    private void sendAlone(AllocationCommand command, String conflictDetail) {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.send(command);
                return;
            } catch (RuntimeException e) {
                if (!isRaceLost(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new PlacementHttpException(HttpStatus.CONFLICT, ErrorCodes.CONCURRENT_UPDATE, conflictDetail);
                }
            }
        }
    }

    static boolean isRaceLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException
                    || t instanceof PessimisticLockingFailureException
                    || t instanceof DeadlockException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null // a broken connection may have none
                    && RETRYABLE_SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
