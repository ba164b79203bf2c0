package io.inventoryledger.core.provider;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.ErrorCodes;
import java.util.UUID;

/** Where a live provider's events go: its uuid's current incarnation, whose stream's last sequence is its generation. */
public record ProviderAddress(UUID uuid, int incarnation, long generation) {
    /** The stream (aggregate identifier) commands to this provider are sent to. */
    public String streamId() {
        return ProviderStreamId.of(uuid, incarnation);
    }

    /**
     * Placement compares the caller's generation of trait and aggregate writes before anything else, with this
     * wording; the aggregate compares it again when the command commits.
     */
    public void requireGeneration(long expected) {
        if (generation != expected) {
            throw new ConflictException(
                    ErrorCodes.CONCURRENT_UPDATE,
                    "Resource provider's generation already changed. Please update the generation and try again.");
        }
    }
}
