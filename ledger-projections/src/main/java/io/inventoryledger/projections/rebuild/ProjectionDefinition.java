package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.schema.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * A read model that can be rebuilt from the event history: how to make its event handler over a given
 * set of tables, and which tables it owns (compared after a rebuild). Every projection registers one.
 */
public record ProjectionDefinition(String name, Class<?> handlerType, List<String> tables, HandlerFactory factory) {

    /** Makes the projection's event handler writing to {@code tables} (live, or a rebuild's schema). */
    @FunctionalInterface
    public interface HandlerFactory {
        Object create(JdbcTemplate jdbc, ReadModelTables tables);
    }

    public ProjectionDefinition {
        tables = List.copyOf(tables);
    }

    public Object handlerFor(JdbcTemplate jdbc, ReadModelTables tables) {
        Object handler = factory.create(jdbc, tables);
        if (!handlerType.isInstance(handler)) {
            throw new IllegalStateException("Projection " + name + " made a " + handler.getClass().getName()
                    + ", not a " + handlerType.getName());
        }
        return handler;
    }
}
