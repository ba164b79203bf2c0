package io.inventoryledger.projections.catalog;

import io.inventoryledger.projections.rebuild.MemoryTables;
import io.inventoryledger.projections.schema.EventTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link CatalogRows} in memory, for a bulk rebuild. */
public final class MemoryCatalogRows implements CatalogRows, MemoryTables {
    private final Map<String, Instant> resourceClasses = new HashMap<>();
    private final Map<String, Instant> traits = new HashMap<>();

    @Override
    public void putResourceClass(String name, Instant time) {
        resourceClasses.put(name, EventTimes.stored(time));
    }

    @Override
    public void deleteResourceClass(String name) {
        resourceClasses.remove(name);
    }

    @Override
    public void putTrait(String name, Instant time) {
        traits.put(name, EventTimes.stored(time));
    }

    @Override
    public void deleteTrait(String name) {
        traits.remove(name);
    }

    @Override
    public void dumpTo(Sink sink) {
        List<Object[]> classRows = new ArrayList<>();
        resourceClasses.forEach((name, at) -> classRows.add(new Object[] {name, at, at}));
        sink.table("custom_resource_classes", List.of("name", "created_at", "updated_at"), classRows);
        List<Object[]> traitRows = new ArrayList<>();
        traits.forEach((name, at) -> traitRows.add(new Object[] {name, at}));
        sink.table("custom_traits", List.of("name", "created_at"), traitRows);
    }
}
