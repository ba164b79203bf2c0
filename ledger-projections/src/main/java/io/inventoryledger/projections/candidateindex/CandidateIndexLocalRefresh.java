package io.inventoryledger.projections.candidateindex;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Collects what the commands of this node touch (a subscribing processor, in the command's unit of work) and hands
 * it, once the transaction committed, to the {@link CandidateIndexCommandHook}, keyed by the command's message id:
 * the hook refreshes the index once the command has returned, before the caller answers.
 */
@ProcessingGroup(CandidateIndexLocalRefresh.PROCESSING_GROUP)
public class CandidateIndexLocalRefresh extends CandidateIndexListener {
    public static final String PROCESSING_GROUP = "candidate-index-local";

    private final CandidateIndexCommandHook hook;

    public CandidateIndexLocalRefresh(CandidateIndex index, CandidateIndexCommandHook hook) {
        super(index);
        this.hook = hook;
    }

    @Override
    void afterCommit(UnitOfWork<?> unit, CandidateIndex index, Touched touched) {
        hook.committed(unit.getMessage().getIdentifier(), touched);
    }

    @Override
    UnitOfWork<?> scope(UnitOfWork<?> current) {
        return current.root();
    }
}
