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

    /**
     * Several callers' claims and releases, written in one transaction: each is checked in order against what the
     * ones before it left and accepted or refused on its own, with its own request's metadata on its events. No
     * consumer appears in two writes of a batch. The result is one outcome per write, in order: null when it
     * was accepted, else the refusal its caller gets.
     */
    record ClaimBatch(List<BatchedWrite> writes) implements AllocationCommand {
        public ClaimBatch {
            writes = List.copyOf(writes);
        }
    }

    /** A claim ({@link ReplaceAllocations}) or a release ({@link DeleteAllocations}) of a batch, with its caller's metadata. */
    record BatchedWrite(AllocationCommand write, Map<String, ?> metaData) {
        public BatchedWrite {
            if (!(write instanceof ReplaceAllocations || write instanceof DeleteAllocations)) {
                throw new IllegalArgumentException(
                        "not batched: " + write.getClass().getSimpleName());
            }
            metaData = Map.copyOf(metaData);
        }

        /** The consumers the write changes. */
        public List<UUID> consumers() {
            return write instanceof ReplaceAllocations replace
                    ? replace.claims().stream().map(ConsumerClaim::consumerUuid).toList()
                    : List.of(((DeleteAllocations) write).consumerUuid());
        }
    }

    /** A provider's inventory in a reshape, with the generation the caller last saw. */
    record ReshapedInventory(long expectedGeneration, Map<String, Inventory> inventories) {
        public ReshapedInventory {
            inventories = Map.copyOf(inventories);
        }
    }
}
