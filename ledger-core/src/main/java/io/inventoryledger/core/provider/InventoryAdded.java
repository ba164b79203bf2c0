package io.inventoryledger.core.provider;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An inventory of a class the provider did not have was added. */
@Revision("1")
public record InventoryAdded(UUID providerUuid, String resourceClass, Inventory inventory)
        implements ResourceProviderEvent {}
