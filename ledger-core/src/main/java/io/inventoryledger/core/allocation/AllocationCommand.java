package io.inventoryledger.core.allocation;

import io.inventoryledger.core.consumer.ConsumerClaim;
import io.inventoryledger.core.provider.Inventory;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes of allocations; each is one unit of work over every consumer and provider it touches. */
public sealed interface AllocationCommand {

    /** PUT /allocations/{consumer} (one claim) and POST /allocations (several, all or nothing). */
    record ReplaceAllocations(List<ConsumerClaim> claims) implements AllocationCommand {
        public ReplaceAllocations {
            claims = List.copyOf(claims);
        }
    }

    /** DELETE /allocations/{consumer}: every allocation of the consumer goes, and with it the consumer. */
    record DeleteAllocations(UUID consumerUuid) implements AllocationCommand {}

    /** POST /reshaper: new inventories for some providers and new allocations for some consumers, at once. */
    record Reshape(Map<UUID, ReshapedInventory> inventories, List<ConsumerClaim> claims) implements AllocationCommand {
        public Reshape {
            inventories = Map.copyOf(inventories);
            claims = List.copyOf(claims);
        }
    }

    /** A provider's inventory in a reshape, with the generation the caller last saw. */
    record ReshapedInventory(long expectedGeneration, Map<String, Inventory> inventories) {
        public ReshapedInventory {
            inventories = Map.copyOf(inventories);
        }
    }
}
