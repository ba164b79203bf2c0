package io.inventoryledger.app.system;

import io.inventoryledger.projections.schema.LedgerSchema;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Boot runs Flyway before anything touches the database; we migrate event store and read model. */
@Configuration(proxyBeanMethods = false)
public class SchemaConfiguration {
    @Bean
    FlywayMigrationStrategy ledgerMigration() {
        return flyway -> LedgerSchema.migrate(flyway.getConfiguration().getDataSource());
    }
}
