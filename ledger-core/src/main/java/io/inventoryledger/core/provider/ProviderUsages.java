package io.inventoryledger.core.provider;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What is allocated on a provider now. A release is recorded on the consumer's stream only (Placement
 * does not move the provider's generation for it), so the provider's own stream cannot know its usage:
 * it learns it here. Implemented over the read model, inside the command's transaction.
 *
 * <p>Why that is safe: every usage increase on a provider appends an event to that provider's stream,
 * so two writes that raise one provider's usage are serialised by the event store's (stream, sequence)
 * key. A release only lowers usage: a value read before a concurrent release commits is too high, never
 * too low, so a check made with it can refuse too much but never over-commit.
 */
public interface ProviderUsages {
    /** Per resource class, what the provider has allocated now; classes with nothing allocated are left out. */
    Map<String, Long> of(UUID provider);

    /** {@link #of} for several providers at once (one read where the store allows it). */
    default Map<UUID, Map<String, Long>> ofAll(Collection<UUID> providers) {
        Map<UUID, Map<String, Long>> all = new HashMap<>();
        providers.forEach(provider -> all.put(provider, of(provider)));
        return all;
    }
}
