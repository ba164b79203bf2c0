package io.inventoryledger.projections.candidateindex;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Follows the event store (a tracking processor with an in-memory token per node), so that changes made
 * on other nodes reach this node's index; one refresh per batch of events. Events this node wrote carry its
 * id in their metadata and were refreshed when their command returned: they are passed over without their
 * payloads being read.
 */
@ProcessingGroup(CandidateIndexFollower.PROCESSING_GROUP)
public class CandidateIndexFollower extends CandidateIndexListener {
    public static final String PROCESSING_GROUP = "candidate-index";

    private final String nodeKey;
    private final String nodeId;

    /** {@code nodeKey}: the metadata key naming the node that wrote an event; {@code nodeId}: this node's. */
    public CandidateIndexFollower(CandidateIndex index, String nodeKey, String nodeId) {
        super(index);
        this.nodeKey = nodeKey;
        this.nodeId = nodeId;
    }

    @Override
    boolean concerns(EventMessage<?> message) {
        return !nodeId.equals(message.getMetaData().get(nodeKey));
    }

    @Override
    void afterCommit(UnitOfWork<?> unit, CandidateIndex index, Touched touched) {
        touched.applyTo(index);
    }

    @Override
    UnitOfWork<?> scope(UnitOfWork<?> current) {
        return current;
    }
}
