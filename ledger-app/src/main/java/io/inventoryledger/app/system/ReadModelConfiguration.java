package io.inventoryledger.app.system;

import io.inventoryledger.projections.allocation.AllocationProjection;
import io.inventoryledger.projections.catalog.CatalogProjection;
import io.inventoryledger.projections.provider.JdbcProviderDirectory;
import io.inventoryledger.projections.provider.ProviderProjection;
import io.inventoryledger.projections.provider.ProviderQueries;
import io.inventoryledger.projections.provider.ProviderTopologyProjection;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read model's handlers and queries over the live tables. Every projection also registers its
 * {@link ProjectionDefinition} here, so that a rebuild replays it (EveryProjectionIsRebuildableTest checks).
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {
    @Bean
    ProviderProjection providerProjection(JdbcTemplate jdbc) {
        return new ProviderProjection(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    ProjectionDefinition providerProjectionDefinition() {
        return ProviderProjection.DEFINITION;
    }

    @Bean
    ProjectionDefinition providerTopologyProjectionDefinition() {
        return ProviderTopologyProjection.DEFINITION;
    }

    @Bean
    ProjectionDefinition catalogProjectionDefinition() {
        return CatalogProjection.DEFINITION;
    }

    @Bean
    ProjectionDefinition allocationProjectionDefinition() {
        return AllocationProjection.DEFINITION;
    }

    @Bean
    ProviderQueries providerQueries(JdbcTemplate jdbc) {
        return new ProviderQueries(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    JdbcProviderDirectory providerDirectory(JdbcTemplate jdbc) {
        return new JdbcProviderDirectory(jdbc, ReadModelTables.LIVE);
    }
}
