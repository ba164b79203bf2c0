package io.inventoryledger.projections.candidateindex;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Follows the event store (a tracking processor with an in-memory token per node), so that changes made
 * on other nodes reach this node's index; one refresh per batch of events.
 */
@ProcessingGroup(CandidateIndexFollower.PROCESSING_GROUP)
public class CandidateIndexFollower extends CandidateIndexListener {
    public static final String PROCESSING_GROUP = "candidate-index";

    public CandidateIndexFollower(CandidateIndex index) {
        super(index);
    }

    @Override
    void afterCommit(CandidateIndex index, Touched touched) {
        touched.applyTo(index);
    }

    @Override
    UnitOfWork<?> scope(UnitOfWork<?> current) {
        return current;
    }
}
