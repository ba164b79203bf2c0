package io.inventoryledger.core.provider;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** One existing inventory record was changed. */
@Revision("1")
public record InventoryUpdated(UUID providerUuid, String resourceClass, Inventory inventory)
        implements ResourceProviderEvent {}
