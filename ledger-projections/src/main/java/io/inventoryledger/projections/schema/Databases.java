package io.inventoryledger.projections.schema;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database a template talks to, where the SQL differs: PostgreSQL, or the embedded H2 store. */
public final class Databases {
    private Databases() {}

    public static boolean isPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                c -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }
}
