package io.inventoryledger.projections.slice;

import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One read model as the rest of the service knows it: the projections that keep its tables (a rebuild replays
 * them, compares the tables they own with the live ones and can swap them in), the tables it keeps that events do
 * not derive (a reset empties them, nothing rebuilds them), and how its in-memory state (an index) reloads once its tables were
 * replaced (a reset, a repair), and the asynchronous processor that keeps it when not the commands' transactions.
 * Each read model's package declares its beans and this definition in one {@code @Configuration}
 * ({@code XSlice}); {@link ReadModelSlices} collects them and everything that lists tables asks it.
 */
public record ReadModelSlice(
        String name,
        List<ProjectionDefinition> projections,
        List<String> workTables,
        Runnable reload,
        String processor) {
    public ReadModelSlice {
        projections = List.copyOf(projections);
        workTables = List.copyOf(workTables);
    }

    /** A read model kept by {@code projections}, with no other tables and nothing to do after a reset. */
    public static ReadModelSlice of(String name, ProjectionDefinition... projections) {
        return new ReadModelSlice(name, List.of(projections), List.of(), () -> {}, null);
    }

    /** The same, also keeping {@code tables} that no event derives (emptied by a reset only). */
    public ReadModelSlice withWorkTables(String... tables) {
        List<String> all = new ArrayList<>(workTables);
        all.addAll(List.of(tables));
        return new ReadModelSlice(name, projections, all, reload, processor);
    }

    /** The same, running {@code reload} once the tables were replaced (emptied by a reset, swapped by a repair). */
    public ReadModelSlice withReload(Runnable reload) {
        return new ReadModelSlice(name, projections, workTables, reload, processor);
    }

    /**
     * The same, kept by the asynchronous processor {@code processor} (its own token, off the commands'
     * transactions) instead of in the commands' transactions.
     */
    public ReadModelSlice inProcessor(String processor) {
        return new ReadModelSlice(name, projections, workTables, reload, processor);
    }

    /** Whether an asynchronous processor keeps it (else it is written in the commands' own transactions). */
    public boolean asynchronous() {
        return processor != null;
    }

    /** The tables the projections own: rebuilt from the events, compared, and swapped in by a repair. */
    public List<String> rebuiltTables() {
        return projections.stream().flatMap(p -> p.tables().stream()).toList();
    }

    /** Every table of this read model. */
    public List<String> tables() {
        return Stream.concat(rebuiltTables().stream(), workTables.stream()).toList();
    }
}
