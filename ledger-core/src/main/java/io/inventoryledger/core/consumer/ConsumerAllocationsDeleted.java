package io.inventoryledger.core.consumer;

import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The consumer's last allocations ({@code released}) were removed: the consumer ceases to exist. */
@Revision("1")
public record ConsumerAllocationsDeleted(UUID consumerUuid, int incarnation, Map<UUID, Map<String, Long>> released) {
    public ConsumerAllocationsDeleted {
        released = Allocations.copy(released);
    }
}
