package io.inventoryledger.core.allocation;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where the streams of a write are, and the providers' claim locks: implemented over the read tables,
 * which are written in the same transaction as the events. A stale answer is caught by the event store's
 * (stream, sequence) key.
 */
public interface ClaimDirectory {
    /**
     * Waits for, then holds until the unit of work ends, the claim lock of each of {@code providers}, taken
     * in one fixed order: concurrent writes over one provider queue here instead of losing the race at
     * commit, and writes over several providers cannot deadlock.
     */
    void lockProviders(Collection<UUID> providers);

    /** Every provider on which any of {@code consumers} holds allocations now. */
    Set<UUID> providersHeldBy(Collection<UUID> consumers);

    /** The stream of each provider that exists among {@code providers}; absent ones are left out. */
    Map<UUID, String> providerStreams(Collection<UUID> providers);

    /** For every consumer: its live stream, or the incarnation a new one would take. */
    Map<UUID, ConsumerStream> consumerStreams(Collection<UUID> consumers);

    /** {@code streamId} is null when the consumer does not exist; {@code incarnation} is then the next one. */
    record ConsumerStream(String streamId, int incarnation) {
        public boolean exists() {
            return streamId != null;
        }
    }
}
