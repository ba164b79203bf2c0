package io.inventoryledger.projections.support;

import com.zaxxer.hikari.HikariDataSource;
import io.inventoryledger.projections.schema.LedgerSchema;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh copy of the read model on the real PostgreSQL of the test run (LEDGER_TEST_DB_URL), in a
 * schema of its own, so that projection tests never meet the live tables or each other.
 */
public final class ReadModelDatabase implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final String schema;
    private final JdbcTemplate jdbc;

    private ReadModelDatabase(HikariDataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public static ReadModelDatabase fresh() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(env("LEDGER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        dataSource.setUsername(env("LEDGER_TEST_DB_USER", "root"));
        dataSource.setMaximumPoolSize(4);
        String schema = "projection_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        LedgerSchema.migrateReadModel(dataSource, schema);
        return new ReadModelDatabase(dataSource, schema);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public ReadModelTables tables() {
        return new ReadModelTables(schema);
    }

    @Override
    public void close() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        dataSource.close();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
