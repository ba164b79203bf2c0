package io.inventoryledger.projections.candidateindex;

import io.inventoryledger.core.provider.Inventory;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Everything the candidate engine needs of one provider, as the read tables hold it now. */
final class ProviderState {
    final UUID uuid;
    final UUID parent;
    final Map<String, Inventory> inventories = new HashMap<>();
    final Map<String, Long> used = new HashMap<>();
    final Set<String> traits = new TreeSet<>();
    final Set<String> aggregates = new TreeSet<>();

    ProviderState(UUID uuid, UUID parent) {
        this.uuid = uuid;
        this.parent = parent;
    }
}
