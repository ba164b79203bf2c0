package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model that can be rebuilt from the event history: how to make its event handler over a given set of
 * tables, which tables it owns (compared after a rebuild), and, optionally, how to make the same handler over
 * in-memory stores ({@link MemoryReadModel}) so that a rebuild folds the history in memory and writes each table
 * once, in bulk. Without that, rebuilds replay every projection statement by statement (correct, much slower).
 */
public record ProjectionDefinition(
        String name,
        Class<?> handlerType,
        List<String> tables,
        HandlerFactory factory,
        MemoryHandlerFactory memoryFactory) {

    /** Makes the projection's event handler writing to {@code tables} (live, or a rebuild's schema). */
    @FunctionalInterface
    public interface HandlerFactory {
        Object create(JdbcTemplate jdbc, ReadModelTables tables);
    }

    /** Makes the same event handler over in-memory stores of {@code model}. */
    @FunctionalInterface
    public interface MemoryHandlerFactory {
        Object create(MemoryReadModel model);
    }

    public ProjectionDefinition {
        tables = List.copyOf(tables);
    }

    /** A projection rebuilt statement by statement only. */
    public ProjectionDefinition(String name, Class<?> handlerType, List<String> tables, HandlerFactory factory) {
        this(name, handlerType, tables, factory, null);
    }

    public boolean foldsInMemory() {
        return memoryFactory != null;
    }

    public Object handlerFor(JdbcTemplate jdbc, ReadModelTables tables) {
        return checked(factory.create(jdbc, tables));
    }

    public Object handlerFor(MemoryReadModel model) {
        if (memoryFactory == null) {
            throw new IllegalStateException("Projection " + name + " has no in-memory handler");
        }
        return checked(memoryFactory.create(model));
    }

    private Object checked(Object handler) {
        if (!handlerType.isInstance(handler)) {
            throw new IllegalStateException("Projection " + name + " made a "
                    + handler.getClass().getName() + ", not a " + handlerType.getName());
        }
        return handler;
    }
}
