package io.inventoryledger.projections.history;

import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import java.util.Map;
import java.util.UUID;

/**
 * A consumer's allocations and owner at one point of its history. Its generation is its stream's sequence plus
 * one, as Placement counts the creating write. {@code position}: the event that made this state.
 */
public record ConsumerSnapshot(
        UUID uuid,
        int incarnation,
        long generation,
        String projectId,
        String userId,
        String consumerType,
        Map<UUID, Map<String, Long>> allocations,
        long position) {

    static final ConsumerSnapshot NONE = new ConsumerSnapshot(null, 0, 0, null, null, null, Map.of(), 0);

    static ConsumerSnapshot of(ConsumerAllocationsReplaced event, long sequence, long position) {
        return new ConsumerSnapshot(
                event.consumerUuid(),
                event.incarnation(),
                sequence + 1,
                event.projectId(),
                event.userId(),
                event.consumerType(),
                event.allocations(),
                position);
    }

    ConsumerSnapshot released(int ofIncarnation, long sequence, long at) {
        return new ConsumerSnapshot(uuid, ofIncarnation, sequence + 1, projectId, userId, consumerType, Map.of(), at);
    }
}
