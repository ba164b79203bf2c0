package io.inventoryledger.projections.provider;

import java.time.Instant;
import java.util.UUID;

/** A provider as the read model holds it. */
public record ProviderRow(
        UUID uuid,
        String streamId,
        int incarnation,
        String name,
        long generation,
        UUID parentUuid,
        UUID rootUuid,
        Instant createdAt,
        Instant updatedAt) {}
