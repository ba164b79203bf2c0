package io.inventoryledger.projections.candidateindex;

import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import io.inventoryledger.core.provider.ProviderAggregatesReplacedUncounted;
import io.inventoryledger.core.provider.ResourceProviderEvent;
import io.inventoryledger.core.provider.ResourceProviderUpdated;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The providers and consumers a batch of events touched. A consumer event names the providers of the
 * consumer's new allocations (or of those it released); the index adds the providers it knew the
 * consumer held before, since a write releases those without an event on their streams.
 */
final class Touched {
    final Set<UUID> providers = new HashSet<>();
    final Set<UUID> consumers = new HashSet<>();

    /** Adds what one event touched; events that concern no provider are ignored. */
    void add(Object event) {
        if (event instanceof ResourceProviderEvent e) {
            providers.add(e.providerUuid());
        } else if (event instanceof ResourceProviderUpdated e) {
            providers.add(e.providerUuid());
        } else if (event instanceof ProviderAggregatesReplacedUncounted e) {
            providers.add(e.providerUuid());
        } else if (event instanceof ConsumerAllocationsReplaced e) {
            consumers.add(e.consumerUuid());
            providers.addAll(e.allocations().keySet());
        } else if (event instanceof ConsumerAllocationsDeleted e) {
            consumers.add(e.consumerUuid());
            providers.addAll(e.released().keySet());
        }
    }

    /** Adds what another batch touched. */
    void add(Touched other) {
        providers.addAll(other.providers);
        consumers.addAll(other.consumers);
    }

    void applyTo(CandidateIndex index) {
        index.refresh(providers, consumers);
    }
}
