package io.inventoryledger.projections.candidateindex;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Collects what the events of one unit of work touched and refreshes those providers in the index once
 * that unit of work has committed (the read tables then hold the change).
 */
abstract class CandidateIndexListener {
    private final CandidateIndex index;
    private final String resourceKey = getClass().getName() + ".touched";

    CandidateIndexListener(CandidateIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(EventMessage<?> message) {
        if (!concerns(message)) {
            return;
        }
        Object event = message.getPayload();
        if (!CurrentUnitOfWork.isStarted()) {
            Touched touched = new Touched();
            touched.add(event);
            touched.applyTo(index);
            return;
        }
        UnitOfWork<?> unit = scope(CurrentUnitOfWork.get());
        Touched touched = unit.getOrComputeResource(resourceKey, key -> {
            Touched fresh = new Touched();
            unit.afterCommit(u -> afterCommit(u, index, fresh));
            return fresh;
        });
        touched.add(event);
    }

    /** Whether this listener refreshes for {@code message}; asked before its payload is deserialized. */
    boolean concerns(EventMessage<?> message) {
        return true;
    }

    /** What to do with the touched providers once {@code unit} committed. */
    abstract void afterCommit(UnitOfWork<?> unit, CandidateIndex index, Touched touched);

    /** The unit of work whose commit makes the change visible in the read tables. */
    abstract UnitOfWork<?> scope(UnitOfWork<?> current);
}
