package io.inventoryledger.core.provider;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider's aggregates were set to exactly these, in this order (empty: all removed). */
@Revision("1")
public record ProviderAggregatesReplaced(UUID providerUuid, List<UUID> aggregates) implements ResourceProviderEvent {
    public ProviderAggregatesReplaced {
        aggregates = List.copyOf(aggregates);
    }
}
