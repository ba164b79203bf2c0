package io.inventoryledger.core.consumer;

import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The consumer's whole allocation set is now exactly {@code allocations} (provider uuid → class → amount),
 * owned by this project and user. The first event of a stream also creates the consumer. The consumer's
 * generation is its stream's sequence number plus one, as Placement counts the creating write.
 */
@Revision("1")
public record ConsumerAllocationsReplaced(
        UUID consumerUuid,
        int incarnation,
        String projectId,
        String userId,
        String consumerType,
        Map<UUID, Map<String, Long>> allocations) {
    public ConsumerAllocationsReplaced {
        allocations = Allocations.copy(allocations);
    }
}
