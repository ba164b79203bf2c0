package io.inventoryledger.projections.candidateindex;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Refreshes the index of the node that wrote, right after the command's transaction commits and before
 * the command returns (a subscribing processor): the next query on this node sees the write.
 */
@ProcessingGroup(CandidateIndexLocalRefresh.PROCESSING_GROUP)
public class CandidateIndexLocalRefresh extends CandidateIndexListener {
    public static final String PROCESSING_GROUP = "candidate-index-local";

    public CandidateIndexLocalRefresh(CandidateIndex index) {
        super(index);
    }

    @Override
    UnitOfWork<?> scope(UnitOfWork<?> current) {
        return current.root();
    }
}
