package io.inventoryledger.core.consumer;

import java.util.Map;
import java.util.UUID;

/**
 * What one consumer asks for in a write: its complete new allocation set (empty: remove them all) and
 * who owns it. {@code generationChecked} is true from microversion 1.28 on, where
 * {@code expectedGeneration} (null: "a new consumer") must match; {@code consumerType} is null when the
 * caller cannot name one (before 1.38), and then the consumer keeps the type it has.
 */
public record ConsumerClaim(
        UUID consumerUuid,
        String projectId,
        String userId,
        String consumerType,
        boolean generationChecked,
        Long expectedGeneration,
        Map<UUID, Map<String, Long>> allocations) {
    public ConsumerClaim {
        allocations = Allocations.copy(allocations);
    }

    public boolean removesAll() {
        return allocations.isEmpty();
    }
}
