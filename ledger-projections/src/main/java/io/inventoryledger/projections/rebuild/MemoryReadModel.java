package io.inventoryledger.projections.rebuild;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The whole read model in memory for one bulk rebuild. Projections that share tables (every provider event
 * moves the provider row's generation) share one store: {@link #store} makes each kind once.
 */
public final class MemoryReadModel {
    private final Map<Class<?>, MemoryTables> stores = new LinkedHashMap<>();

    /** The one store of {@code type} in this read model, made by {@code make} on first use. */
    public <T extends MemoryTables> T store(Class<T> type, Supplier<T> make) {
        return type.cast(stores.computeIfAbsent(type, t -> make.get()));
    }

    /** Every table of every store. */
    void dumpTo(MemoryTables.Sink sink) {
        stores.values().forEach(store -> store.dumpTo(sink));
    }
}
