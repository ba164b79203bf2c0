package io.inventoryledger.app.system;

import io.inventoryledger.core.resourceclass.ResourceClass;
import io.inventoryledger.core.resourceclass.ResourceClassRenamer;
import io.inventoryledger.core.trait.Trait;
import io.inventoryledger.projections.catalog.CatalogProjection;
import io.inventoryledger.projections.catalog.CatalogQueries;
import io.inventoryledger.projections.catalog.JdbcResourceClasses;
import io.inventoryledger.projections.catalog.JdbcTraits;
import io.inventoryledger.projections.provider.ProviderTopologyProjection;
import io.inventoryledger.projections.provider.ProviderTopologyQueries;
import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.schema.RowLocks;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Custom resource classes and traits, and providers' traits and aggregates: aggregates, read model, ports. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    ConfigurerModule catalogAggregates() {
        return configurer -> {
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(ResourceClass.class));
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Trait.class));
            configurer.registerCommandHandler(c -> new ResourceClassRenamer(c.repository(ResourceClass.class)));
        };
    }

    @Bean
    RowLocks rowLocks(JdbcTemplate jdbc) {
        return RowLocks.of(jdbc);
    }

    @Bean
    CatalogProjection catalogProjection(JdbcTemplate jdbc) {
        return new CatalogProjection(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    ProviderTopologyProjection providerTopologyProjection(JdbcTemplate jdbc) {
        return new ProviderTopologyProjection(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    CatalogQueries catalogQueries(JdbcTemplate jdbc) {
        return new CatalogQueries(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    ProviderTopologyQueries providerTopologyQueries(JdbcTemplate jdbc) {
        return new ProviderTopologyQueries(jdbc, ReadModelTables.LIVE);
    }

    /** The resource class catalog that command handlers are given: standard classes plus the ledger's custom ones. */
    @Bean
    JdbcResourceClasses resourceClasses(JdbcTemplate jdbc, RowLocks locks) {
        return new JdbcResourceClasses(jdbc, ReadModelTables.LIVE, locks);
    }

    @Bean
    JdbcTraits traits(JdbcTemplate jdbc, RowLocks locks) {
        return new JdbcTraits(jdbc, ReadModelTables.LIVE, locks);
    }
}
