package io.inventoryledger.core.provider;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An inventory of a class the provider did not have was added. */
@Revision("1")
public record InventoryAdded(UUID providerUuid, String resourceClass, Inventory inventory)
        implements ResourceProviderEvent {
}
