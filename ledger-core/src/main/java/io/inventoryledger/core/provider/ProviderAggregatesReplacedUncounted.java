package io.inventoryledger.core.provider;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The provider's aggregates were set through the API below 1.19, where Placement does not move the
 * generation for it: kept in the provider's profile stream, like name and parent changes.
 */
@Revision("1")
public record ProviderAggregatesReplacedUncounted(UUID providerUuid, int incarnation, List<UUID> aggregates) {
    public ProviderAggregatesReplacedUncounted {
        aggregates = List.copyOf(aggregates);
    }
}
