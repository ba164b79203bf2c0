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
        // what differs by database (the event links' trigger) sits in db/eventstore-<vendor>
        migrate(
                dataSource,
                schema,
                "flyway_history_eventstore",
                "classpath:db/eventstore",
                "classpath:db/eventstore-" + vendor(dataSource));
    }

    /** Migrates the read-model tables into {@code schema}, or into the default schema when null. */
    public static void migrateReadModel(DataSource dataSource, String schema) {
        migrate(dataSource, schema, "flyway_history_readmodel", "classpath:db/readmodel");
    }

    /** Each set of migrations keeps its own history table, so that either can be applied to a schema alone. */
    private static void migrate(DataSource dataSource, String schema, String historyTable, String... locations) {
        var config = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // branches add migrations in parallel (version ranges per feature): accept them out of order
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
}
