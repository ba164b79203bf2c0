package io.inventoryledger.core.provider;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The provider directory as the aggregates see it, held in memory for fixture tests. */
final class InMemoryProviderDirectory implements ProviderDirectory {
    private record Entry(String name, UUID parent) {}

    private final Map<UUID, Entry> providers = new HashMap<>();

    InMemoryProviderDirectory with(UUID provider, String name, UUID parent) {
        providers.put(provider, new Entry(name, parent));
        return this;
    }

    @Override
    public boolean existsLocked(UUID provider) {
        return providers.containsKey(provider);
    }

    @Override
    public UUID parentOf(UUID provider) {
        Entry entry = providers.get(provider);
        return entry == null ? null : entry.parent();
    }

    @Override
    public boolean hasChildrenLocked(UUID provider) {
        return providers.values().stream().anyMatch(entry -> provider.equals(entry.parent()));
    }

    @Override
    public boolean isInSubtree(UUID candidate, UUID ancestor) {
        for (UUID current = candidate; current != null; current = parentOf(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean nameTakenByOther(String name, UUID except) {
        return providers.entrySet().stream()
                .anyMatch(e -> e.getValue().name().equals(name) && !Objects.equals(e.getKey(), except));
    }
}
