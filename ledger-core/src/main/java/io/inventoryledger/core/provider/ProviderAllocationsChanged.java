package io.inventoryledger.core.provider;

import org.axonframework.serialization.Revision;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Allocations of {@code consumers} on this provider changed; {@code used} is the provider's whole usage
 * per resource class afterwards (classes with nothing allocated are left out).
 */
@Revision("1")
public record ProviderAllocationsChanged(UUID providerUuid, Map<String, Long> used, Set<UUID> consumers)
        implements ResourceProviderEvent {
    public ProviderAllocationsChanged {
        used = Map.copyOf(new TreeMap<>(used));
        consumers = Set.copyOf(new TreeSet<>(consumers));
    }
}
