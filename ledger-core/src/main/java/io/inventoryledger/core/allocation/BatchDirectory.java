package io.inventoryledger.core.allocation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The directory as the writes of a batch see it: the streams of every consumer and provider the batch may touch,
 * read once when it took its claim locks (they cannot change under those locks but through the batch itself, which
 * creates consumers only once each and creates or deletes no provider), asked of the store only for others.
 */
final class BatchDirectory implements ClaimDirectory {
    private final ClaimDirectory stored;
    private final Map<UUID, ConsumerStream> consumers;
    private final Map<UUID, String> providers = new HashMap<>();
    private final Set<UUID> providersLookedUp = new HashSet<>();

    BatchDirectory(ClaimDirectory stored, Map<UUID, ConsumerStream> consumers, Collection<UUID> providers) {
        this.stored = stored;
        this.consumers = Map.copyOf(consumers);
        lookUp(providers);
    }

    @Override
    public void lockProviders(Collection<UUID> providers) {
        stored.lockProviders(providers);
    }

    @Override
    public Set<UUID> providersHeldBy(Collection<UUID> consumers) {
        return stored.providersHeldBy(consumers);
    }

    @Override
    public Map<UUID, String> providerStreams(Collection<UUID> wanted) {
        Set<UUID> missing = new HashSet<>(wanted);
        missing.removeAll(providersLookedUp);
        lookUp(missing);
        Map<UUID, String> streams = new HashMap<>();
        wanted.forEach(provider -> {
            String stream = providers.get(provider);
            if (stream != null) {
                streams.put(provider, stream);
            }
        });
        return streams;
    }

    @Override
    public Map<UUID, ConsumerStream> consumerStreams(Collection<UUID> wanted) {
        if (!consumers.keySet().containsAll(wanted)) {
            return stored.consumerStreams(wanted);
        }
        Map<UUID, ConsumerStream> streams = new HashMap<>();
        wanted.forEach(consumer -> streams.put(consumer, consumers.get(consumer)));
        return streams;
    }

    private void lookUp(Collection<UUID> wanted) {
        if (!wanted.isEmpty()) {
            providers.putAll(stored.providerStreams(wanted));
            providersLookedUp.addAll(wanted);
        }
    }
}
