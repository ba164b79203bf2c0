package io.inventoryledger.projections.schema;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row-lock clauses of the database in use. PostgreSQL has a shared lock (many readers, no deleter);
 * H2, the embedded store, only has FOR UPDATE, which is correct too, just less concurrent.
 */
public record RowLocks(String forShare, String forUpdate) {
    public static RowLocks of(JdbcTemplate jdbc) {
        return Databases.isPostgres(jdbc)
                ? new RowLocks(" FOR SHARE", " FOR UPDATE")
                : new RowLocks(" FOR UPDATE", " FOR UPDATE");
    }
}
