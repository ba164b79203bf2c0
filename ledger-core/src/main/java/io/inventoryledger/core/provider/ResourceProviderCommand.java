package io.inventoryledger.core.provider;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

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

    record ReplaceInventories(
            @TargetAggregateIdentifier String providerId,
            UUID providerUuid,
            @TargetAggregateVersion Long expectedGeneration,
            Map<String, Inventory> inventories,
            boolean reservedMayEqualTotal)
            implements ResourceProviderCommand {
        public ReplaceInventories {
            inventories = Map.copyOf(inventories);
        }
    }

    record AddInventory(
            @TargetAggregateIdentifier String providerId,
            UUID providerUuid,
            String resourceClass,
            Inventory inventory,
            boolean reservedMayEqualTotal)
            implements ResourceProviderCommand {}

    record UpdateInventory(
            @TargetAggregateIdentifier String providerId,
            UUID providerUuid,
            @TargetAggregateVersion Long expectedGeneration,
            String resourceClass,
            Inventory inventory,
            boolean reservedMayEqualTotal)
            implements ResourceProviderCommand {}

    record DeleteInventory(
            @TargetAggregateIdentifier String providerId,
            UUID providerUuid,
            @TargetAggregateVersion Long expectedGeneration,
            String resourceClass)
            implements ResourceProviderCommand {}

    record DeleteResourceProvider(@TargetAggregateIdentifier String providerId, UUID providerUuid)
            implements ResourceProviderCommand {}

    /** PUT (or, with an empty set, DELETE) /resource_providers/{uuid}/traits. */
    record ReplaceProviderTraits(
            @TargetAggregateIdentifier String providerId,
            UUID providerUuid,
            @TargetAggregateVersion Long expectedGeneration,
            Set<String> traits)
            implements ResourceProviderCommand {
        public ReplaceProviderTraits {
            traits = Set.copyOf(traits);
        }
    }

    /** PUT /resource_providers/{uuid}/aggregates from 1.19, where Placement counts it in the generation. */
    record ReplaceProviderAggregates(
            @TargetAggregateIdentifier String providerId,
            UUID providerUuid,
            @TargetAggregateVersion Long expectedGeneration,
            List<UUID> aggregates)
            implements ResourceProviderCommand {
        public ReplaceProviderAggregates {
            aggregates = List.copyOf(aggregates);
        }
    }
}
