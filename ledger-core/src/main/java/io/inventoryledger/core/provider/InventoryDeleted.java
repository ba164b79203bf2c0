package io.inventoryledger.core.provider;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** One inventory record was removed. */
@Revision("1")
public record InventoryDeleted(UUID providerUuid, String resourceClass) implements ResourceProviderEvent {}
