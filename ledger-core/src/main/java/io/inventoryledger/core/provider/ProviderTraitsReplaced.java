package io.inventoryledger.core.provider;

import org.axonframework.serialization.Revision;

import java.util.Set;
import java.util.UUID;

/** The provider's traits were set to exactly these (empty: all removed). */
@Revision("1")
public record ProviderTraitsReplaced(UUID providerUuid, Set<String> traits) implements ResourceProviderEvent {
    public ProviderTraitsReplaced {
        traits = Set.copyOf(traits);
    }
}
