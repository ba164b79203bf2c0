package io.inventoryledger.projections.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database schema, by Flyway: the event store and the read model are migrated separately, so
 * that a rebuild can migrate a fresh copy of the read model into a schema of its own.
 */
public final class LedgerSchema {
    private LedgerSchema() {}

    public static void migrate(DataSource dataSource) {
        migrateEventStore(dataSource, null);
        migrateReadModel(dataSource, null);
    }

    /** Migrates the event store's tables into {@code schema}, or into the default schema when null. */
    public static void migrateEventStore(DataSource dataSource, String schema) {
        var config = Flyway.configure()
                .dataSource(dataSource)
                // what differs by database (the event links' trigger) sits in db/eventstore-<vendor>
                .locations("classpath:db/eventstore", "classpath:db/eventstore-" + vendor(dataSource))
                .table("flyway_history_eventstore")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .outOfOrder(true);
        if (schema != null) {
            config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        config.load().migrate();
    }

    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                            .getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(Locale.ROOT)
                            .contains("postgres")
                    ? "postgresql"
                    : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }

    /** Migrates the read-model tables into {@code schema}, or into the default schema when null. */
    public static void migrateReadModel(DataSource dataSource, String schema) {
        var config = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/readmodel")
                .table("flyway_history_readmodel")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // branches add migrations in parallel (version ranges per feature): accept them out of order
                .outOfOrder(true);
        if (schema != null) {
            config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        config.load().migrate();
    }
}
