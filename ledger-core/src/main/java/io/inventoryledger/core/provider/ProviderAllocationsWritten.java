package io.inventoryledger.core.provider;

import io.inventoryledger.core.consumer.Allocations;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A write allocated against this provider (Placement moves its generation): each listed consumer of that
 * write now holds exactly these amounts here, an empty map meaning nothing any more. For the audit trail:
 * the provider's usage is the sum of its consumers' allocations, which their own streams record.
 */
@Revision("1")
public record ProviderAllocationsWritten(UUID providerUuid, Map<UUID, Map<String, Long>> consumers)
        implements ResourceProviderEvent {
    public ProviderAllocationsWritten {
        consumers = Allocations.copy(consumers);
    }
}
