package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.ProviderAddress;
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
        Instant updatedAt) {
    /** Where commands to this provider go (core's addressing: incarnation → stream) and its generation there. */
    public ProviderAddress address() {
        return new ProviderAddress(uuid, incarnation, generation);
    }
}
