package io.inventoryledger.projections.history;

import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** A provider's shape (everything but usage) at one point of its history, as its events made it. */
public record ProviderSnapshot(
        int incarnation,
        long generation,
        String name,
        UUID parent,
        Map<String, Inventory> inventories,
        List<String> traits,
        List<UUID> aggregates) {

    static ProviderSnapshot created(ResourceProviderCreated created) {
        return new ProviderSnapshot(
                created.incarnation(), 0, created.name(), created.parentProviderUuid(), Map.of(), List.of(), List.of());
    }

    ProviderSnapshot at(long newGeneration) {
        return new ProviderSnapshot(incarnation, newGeneration, name, parent, inventories, traits, aggregates);
    }

    ProviderSnapshot renamed(String newName, UUID newParent) {
        return new ProviderSnapshot(incarnation, generation, newName, newParent, inventories, traits, aggregates);
    }

    ProviderSnapshot withInventories(Map<String, Inventory> replaced) {
        return new ProviderSnapshot(
                incarnation,
                generation,
                name,
                parent,
                Collections.unmodifiableMap(new TreeMap<>(replaced)),
                traits,
                aggregates);
    }

    ProviderSnapshot withInventory(String resourceClass, Inventory inventory) {
        Map<String, Inventory> changed = new TreeMap<>(inventories);
        if (inventory == null) {
            changed.remove(resourceClass);
        } else {
            changed.put(resourceClass, inventory);
        }
        return withInventories(changed);
    }

    ProviderSnapshot withTraits(Collection<String> replaced) {
        return new ProviderSnapshot(
                incarnation, generation, name, parent, inventories, List.copyOf(new TreeSet<>(replaced)), aggregates);
    }

    ProviderSnapshot withAggregates(Collection<UUID> replaced) {
        return new ProviderSnapshot(incarnation, generation, name, parent, inventories, traits, List.copyOf(replaced));
    }
}
