package io.inventoryledger.projections.allocation;

import java.time.Instant;
import java.util.UUID;

/** One allocation row with what the routes show beside it: its consumer and its provider's generation. */
public record ConsumerAllocationRow(
        UUID consumerUuid,
        UUID providerUuid,
        String resourceClass,
        long used,
        long providerGeneration,
        String projectId,
        String userId,
        String consumerType,
        long consumerGeneration,
        Instant consumerUpdatedAt) {}
