package io.inventoryledger.core.provider;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** One existing inventory record was changed. */
@Revision("1")
public record InventoryUpdated(UUID providerUuid, String resourceClass, Inventory inventory)
        implements ResourceProviderEvent {
}
