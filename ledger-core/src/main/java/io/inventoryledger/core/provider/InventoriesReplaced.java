package io.inventoryledger.core.provider;

import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider's whole inventory was set to exactly these records (empty: all deleted). */
@Revision("1")
public record InventoriesReplaced(UUID providerUuid, Map<String, Inventory> inventories)
        implements ResourceProviderEvent {
    public InventoriesReplaced {
        inventories = Map.copyOf(inventories);
    }
}
