package io.inventoryledger.core.allocation;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where the streams of a write are: implemented over the read tables, which are written in the same
 * transaction as the events. A stale answer is caught by the event store's (stream, sequence) key.
 */
public interface ClaimDirectory {
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
