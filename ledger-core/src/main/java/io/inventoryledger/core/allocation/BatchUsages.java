package io.inventoryledger.core.allocation;

import io.inventoryledger.core.provider.ProviderUsages;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Usage as the writes of a batch see it: what was stored before the batch (read once per provider: the batch
 * holds the claim locks of every provider it may change, so nobody else changes it meanwhile, and the batch's own
 * read-model updates run only at its commit) plus what the batch's accepted writes changed.
 */
final class BatchUsages implements ProviderUsages {
    private final ProviderUsages stored;
    private final Map<UUID, Map<String, Long>> storedUsage = new HashMap<>();
    private final Map<UUID, Map<String, Long>> accepted = new HashMap<>();

    BatchUsages(ProviderUsages stored) {
        this.stored = stored;
    }

    @Override
    public Map<String, Long> of(UUID provider) {
        Map<String, Long> used = new HashMap<>(storedUsage.computeIfAbsent(provider, stored::of));
        accepted.getOrDefault(provider, Map.of()).forEach((rc, amount) -> used.merge(rc, amount, Long::sum));
        used.values().removeIf(amount -> amount == 0);
        return used;
    }

    /** Reads the stored usage of {@code providers} at once (those the batch holds the claim locks of). */
    void prefetch(Collection<UUID> providers) {
        storedUsage.putAll(stored.ofAll(providers));
    }

    /** An accepted write's change: per provider and resource class, how much more (or less) is used. */
    void add(Map<UUID, Map<String, Long>> change) {
        change.forEach((provider, resources) -> {
            Map<String, Long> sum = accepted.computeIfAbsent(provider, p -> new HashMap<>());
            resources.forEach((rc, amount) -> sum.merge(rc, amount, Long::sum));
        });
    }
}
