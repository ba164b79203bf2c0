package io.inventoryledger.core.provider;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider's traits were set to exactly these (empty: all removed). */
@Revision("1")
public record ProviderTraitsReplaced(UUID providerUuid, Set<String> traits) implements ResourceProviderEvent {
    public ProviderTraitsReplaced {
        traits = Set.copyOf(traits);
    }
}
