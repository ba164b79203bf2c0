package io.inventoryledger.core.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.Map;
import java.util.UUID;

/**
 * Commands to one provider's stream. {@code expectedGeneration} is the generation the caller last saw;
 * {@code null} means the caller sent none (Placement compares none for that route).
 */
public sealed interface ResourceProviderCommand {
    String providerId();

    UUID providerUuid();

    /** {@code incarnation} counts the providers that have had this uuid, this one included. */
    record CreateResourceProvider(UUID providerUuid, int incarnation, String name, UUID parentProviderUuid)
            implements ResourceProviderCommand {
        @Override
        public String providerId() {
            return ProviderStreamId.of(providerUuid, incarnation);
        }
    }

    record ReplaceInventories(@TargetAggregateIdentifier String providerId, UUID providerUuid,
                              @TargetAggregateVersion Long expectedGeneration, Map<String, Inventory> inventories,
                              boolean reservedMayEqualTotal) implements ResourceProviderCommand {
        public ReplaceInventories {
            inventories = Map.copyOf(inventories);
        }
    }

    record AddInventory(@TargetAggregateIdentifier String providerId, UUID providerUuid, String resourceClass,
                        Inventory inventory, boolean reservedMayEqualTotal) implements ResourceProviderCommand {
    }

    record UpdateInventory(@TargetAggregateIdentifier String providerId, UUID providerUuid,
                           @TargetAggregateVersion Long expectedGeneration, String resourceClass, Inventory inventory,
                           boolean reservedMayEqualTotal) implements ResourceProviderCommand {
    }

    record DeleteInventory(@TargetAggregateIdentifier String providerId, UUID providerUuid,
                           @TargetAggregateVersion Long expectedGeneration, String resourceClass)
            implements ResourceProviderCommand {
    }

    record DeleteResourceProvider(@TargetAggregateIdentifier String providerId, UUID providerUuid)
            implements ResourceProviderCommand {
    }
}
