package io.inventoryledger.projections.candidateindex;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Refreshes the index of the node that wrote (a subscribing processor): after the command's transaction
 * committed, what it touched is handed to the sending thread, which refreshes it once the command returned
 * (see {@link CandidateIndex#refreshDeferred()}), before answering: the next query on this node sees the write.
 */
@ProcessingGroup(CandidateIndexLocalRefresh.PROCESSING_GROUP)
public class CandidateIndexLocalRefresh extends CandidateIndexListener {
    public static final String PROCESSING_GROUP = "candidate-index-local";

    public CandidateIndexLocalRefresh(CandidateIndex index) {
        super(index);
    }

    @Override
    void afterCommit(CandidateIndex index, Touched touched) {
        index.defer(touched);
    }

    @Override
    UnitOfWork<?> scope(UnitOfWork<?> current) {
        return current.root();
    }
}
