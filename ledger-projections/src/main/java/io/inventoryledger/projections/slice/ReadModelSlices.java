package io.inventoryledger.projections.slice;

import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every read model of the service: the one list that resets, rebuilds and comparisons take their tables from. */
public final class ReadModelSlices {
    private final List<ReadModelSlice> slices;

    public ReadModelSlices(List<ReadModelSlice> slices) {
        this.slices = List.copyOf(slices);
        Map<String, String> owners = new HashMap<>();
        for (ReadModelSlice slice : this.slices) {
            for (String table : slice.tables()) {
                String other = owners.putIfAbsent(table, slice.name());
                if (other != null) {
                    throw new IllegalStateException(
                            "Table " + table + " is owned by read models " + other + " and " + slice.name());
                }
            }
        }
    }

    public List<ReadModelSlice> all() {
        return slices;
    }

    /** Every projection, in registration order: what a rebuild replays. */
    public List<ProjectionDefinition> projections() {
        return slices.stream().flatMap(s -> s.projections().stream()).toList();
    }

    /** Every table a rebuild makes again from the events. */
    public List<String> rebuiltTables() {
        return slices.stream().flatMap(s -> s.rebuiltTables().stream()).toList();
    }

    /** The asynchronous processors that keep read models (each its own token), in registration order. */
    public List<String> processors() {
        return slices.stream()
                .filter(ReadModelSlice::asynchronous)
                .map(ReadModelSlice::processor)
                .distinct()
                .toList();
    }

    /** Projection name → the asynchronous processor that keeps it (projections kept in the commands' absent). */
    public Map<String, String> asynchronousProjections() {
        Map<String, String> processors = new HashMap<>();
        slices.stream()
                .filter(ReadModelSlice::asynchronous)
                .forEach(s -> s.projections().forEach(p -> processors.put(p.name(), s.processor())));
        return Map.copyOf(processors);
    }

    /** Every table of the read model. */
    public List<String> tables() {
        return slices.stream().flatMap(s -> s.tables().stream()).toList();
    }
}
