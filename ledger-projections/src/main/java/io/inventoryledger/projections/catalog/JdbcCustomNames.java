package io.inventoryledger.projections.catalog;

import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.schema.RowLocks;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A catalog of custom names (resource classes, traits) inside the command's transaction: a write that uses a name
 * share-locks its row, a delete locks it exclusively before it looks for users of the name.
 */
abstract class JdbcCustomNames extends ReadModelJdbc {
    protected final RowLocks locks;

    JdbcCustomNames(JdbcTemplate jdbc, ReadModelTables tables, RowLocks locks) {
        super(jdbc, tables);
        this.locks = locks;
    }

    /** Locks {@code name}'s row of {@code namesTable}, then tells whether a row of {@code usersTable} names it. */
    protected boolean inUseLocked(String namesTable, String name, String usersTable, String nameColumn) {
        jdbc.queryForList(
                "SELECT name FROM " + tables.of(namesTable) + " WHERE name = ?" + locks.forUpdate(),
                String.class,
                name);
        return !jdbc.queryForList(
                        "SELECT provider_uuid FROM " + tables.of(usersTable) + " WHERE " + nameColumn
                                + " = ? FETCH FIRST 1 ROWS ONLY",
                        Object.class,
                        name)
                .isEmpty();
    }
}
