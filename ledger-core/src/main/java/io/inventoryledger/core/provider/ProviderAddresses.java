package io.inventoryledger.core.provider;

import java.util.Optional;
import java.util.UUID;

/**
 * How a provider uuid is addressed in the event store, decided in one place: the live incarnation's stream, or the
 * incarnation a provider created now with that uuid starts (Placement lets a deleted uuid come back, at generation
 * 0, so each incarnation gets a stream of its own). Implemented over the read model.
 */
public interface ProviderAddresses {
    /** The live provider with this uuid; empty when there is none. */
    Optional<ProviderAddress> current(UUID provider);

    /** The incarnation a provider created now with this uuid gets: one past the last that ever had it. */
    int nextIncarnation(UUID provider);
}
