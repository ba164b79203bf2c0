package io.inventoryledger.core.provider;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** One inventory record was removed. */
@Revision("1")
public record InventoryDeleted(UUID providerUuid, String resourceClass) implements ResourceProviderEvent {
}
