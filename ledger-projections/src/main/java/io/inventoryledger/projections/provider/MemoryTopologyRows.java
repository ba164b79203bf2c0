package io.inventoryledger.projections.provider;

import io.inventoryledger.projections.rebuild.MemoryTables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link TopologyRows} in memory, for a bulk rebuild. */
public final class MemoryTopologyRows implements TopologyRows, MemoryTables {
    private final Map<UUID, List<String>> traits = new HashMap<>();
    private final Map<UUID, List<UUID>> aggregates = new HashMap<>();

    @Override
    public void replaceTraits(UUID provider, Collection<String> traits) {
        put(this.traits, provider, List.copyOf(traits));
    }

    @Override
    public void replaceAggregates(UUID provider, List<UUID> aggregates) {
        put(this.aggregates, provider, List.copyOf(aggregates));
    }

    @Override
    public void clear(UUID provider) {
        traits.remove(provider);
        aggregates.remove(provider);
    }

    private static <T> void put(Map<UUID, List<T>> map, UUID provider, List<T> values) {
        if (values.isEmpty()) {
            map.remove(provider);
        } else {
            map.put(provider, values);
        }
    }

    @Override
    public void dumpTo(Sink sink) {
        List<Object[]> traitRows = new ArrayList<>();
        traits.forEach((provider, names) -> names.forEach(name -> traitRows.add(new Object[] {provider, name})));
        sink.table("provider_traits", List.of("provider_uuid", "trait"), traitRows);
        List<Object[]> aggregateRows = new ArrayList<>();
        aggregates.forEach((provider, uuids) -> {
            for (int i = 0; i < uuids.size(); i++) {
                aggregateRows.add(new Object[] {provider, uuids.get(i), i});
            }
        });
        sink.table("provider_aggregates", List.of("provider_uuid", "aggregate_uuid", "position"), aggregateRows);
    }
}
