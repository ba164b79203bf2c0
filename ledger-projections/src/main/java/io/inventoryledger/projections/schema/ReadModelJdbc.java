package io.inventoryledger.projections.schema;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every reader and writer of read-model tables holds: the JDBC template and the read model its table names
 * resolve in ({@code tables.of("...")}: the live tables, or a rebuild's copy).
 */
public abstract class ReadModelJdbc {
    protected final JdbcTemplate jdbc;
    protected final ReadModelTables tables;

    protected ReadModelJdbc(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }
}
