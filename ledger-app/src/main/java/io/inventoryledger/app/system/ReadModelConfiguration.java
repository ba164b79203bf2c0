package io.inventoryledger.app.system;

import io.inventoryledger.projections.allocation.AllocationProjection;
import io.inventoryledger.projections.catalog.CatalogProjection;
import io.inventoryledger.projections.provider.JdbcProviderDirectory;
import io.inventoryledger.projections.provider.ProviderTopologyProjection;
import io.inventoryledger.projections.provider.ProviderProjection;
import io.inventoryledger.projections.provider.ProviderQueries;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

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
        return new ProjectionDefinition("provider-topology", ProviderTopologyProjection.class,
                List.of("provider_traits", "provider_aggregates"), ProviderTopologyProjection::new);
    }

    @Bean
    ProjectionDefinition catalogProjectionDefinition() {
        return new ProjectionDefinition("catalog", CatalogProjection.class,
                List.of("custom_resource_classes", "custom_traits"), CatalogProjection::new);
    }

    @Bean
    ProjectionDefinition allocationProjectionDefinition() {
        return new ProjectionDefinition("allocations", AllocationProjection.class,
                List.of("consumers", "consumer_incarnations", "allocations", "provider_usages"),
                AllocationProjection::new);
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
