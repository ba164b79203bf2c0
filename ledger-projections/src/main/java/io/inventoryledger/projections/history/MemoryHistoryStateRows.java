package io.inventoryledger.projections.history;

import io.inventoryledger.projections.rebuild.MemoryTables;
import io.inventoryledger.projections.schema.EventTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** {@link HistoryStateRows} in memory, for a bulk rebuild: rows appended as the fold goes, then dumped. */
public final class MemoryHistoryStateRows implements HistoryStateRows, MemoryTables {
    private final Map<UUID, ProviderShape> lastShapes = new HashMap<>();
    private final Map<UUID, Long> lastShapePositions = new HashMap<>();
    private final List<Object[]> shapeRows = new ArrayList<>();
    private final Map<UUID, Map<String, Long>> lastUsages = new HashMap<>();
    private final Map<UUID, Long> lastUsagePositions = new HashMap<>();
    private final List<Object[]> usageRows = new ArrayList<>();
    /** consumer → provider → class → used. */
    private final Map<UUID, Map<UUID, Map<String, Long>>> holdings = new HashMap<>();

    @Override
    public Optional<ProviderShape> lastShape(UUID provider) {
        return Optional.ofNullable(lastShapes.get(provider));
    }

    @Override
    public void insertShape(UUID provider, long position, Instant time, ProviderShape shape, Long generation) {
        if (position <= lastShapePositions.getOrDefault(provider, -1L)) {
            return; // applied already
        }
        ProviderSnapshot s = shape.snapshot();
        lastShapes.put(provider, shape);
        lastShapePositions.put(provider, position);
        shapeRows.add(new Object[] {
            provider,
            position,
            EventTimes.stored(time),
            s.incarnation(),
            generation,
            shape.deleted(),
            s.name(),
            s.parent(),
            StateText.inventories(s.inventories()),
            StateText.list(s.traits()),
            StateText.list(s.aggregates())
        });
    }

    @Override
    public boolean hasUsageAt(UUID provider, long position) {
        return position <= lastUsagePositions.getOrDefault(provider, -1L);
    }

    @Override
    public Map<String, Long> lastUsage(UUID provider) {
        return lastUsages.getOrDefault(provider, Map.of());
    }

    @Override
    public void insertUsage(UUID provider, long position, Instant time, Long generation, Map<String, Long> usage) {
        lastUsages.put(provider, new TreeMap<>(usage));
        lastUsagePositions.put(provider, position);
        usageRows.add(new Object[] {provider, position, EventTimes.stored(time), generation, StateText.usages(usage)});
    }

    @Override
    public Map<UUID, Map<String, Long>> holdingsOf(UUID consumer) {
        return new HashMap<>(holdings.getOrDefault(consumer, Map.of()));
    }

    @Override
    public Map<UUID, Map<String, Long>> holdingsOn(UUID provider, Iterable<UUID> consumers) {
        Map<UUID, Map<String, Long>> held = new HashMap<>();
        for (UUID consumer : consumers) {
            Map<String, Long> here = holdings.getOrDefault(consumer, Map.of()).get(provider);
            if (here != null) {
                held.put(consumer, here);
            }
        }
        return held;
    }

    @Override
    public void hold(UUID provider, UUID consumer, Map<String, Long> before, Map<String, Long> resources) {
        if (resources.isEmpty()) {
            Map<UUID, Map<String, Long>> of = holdings.get(consumer);
            if (of != null) {
                of.remove(provider);
                if (of.isEmpty()) {
                    holdings.remove(consumer);
                }
            }
        } else {
            holdings.computeIfAbsent(consumer, c -> new HashMap<>()).put(provider, new TreeMap<>(resources));
        }
    }

    @Override
    public void dumpTo(Sink sink) {
        sink.table(
                "history_provider_shapes",
                List.of(
                        "provider_uuid",
                        "position",
                        "occurred_at",
                        "incarnation",
                        "generation",
                        "deleted",
                        "name",
                        "parent_uuid",
                        "inventories",
                        "traits",
                        "aggregates"),
                shapeRows);
        sink.table(
                "history_provider_usages",
                List.of("provider_uuid", "position", "occurred_at", "generation", "usages"),
                usageRows);
        List<Object[]> held = new ArrayList<>();
        holdings.forEach((consumer, providers) -> providers.forEach((provider, resources) ->
                resources.forEach((rc, used) -> held.add(new Object[] {provider, consumer, rc, used}))));
        sink.table("history_holdings", List.of("provider_uuid", "consumer_uuid", "resource_class", "used"), held);
    }
}
