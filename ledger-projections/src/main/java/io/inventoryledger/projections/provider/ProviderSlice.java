package io.inventoryledger.projections.provider;

import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.slice.ReadModelSlice;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Providers, their inventories, traits and aggregates: projections, queries and the provider directory port. */
@Configuration(proxyBeanMethods = false)
public class ProviderSlice {
    @Bean
    ReadModelSlice providerReadModel() {
        return ReadModelSlice.of("providers", ProviderProjection.DEFINITION, ProviderTopologyProjection.DEFINITION);
    }

    @Bean
    ProviderProjection providerProjection(JdbcTemplate jdbc) {
        return new ProviderProjection(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    ProviderTopologyProjection providerTopologyProjection(JdbcTemplate jdbc) {
        return new ProviderTopologyProjection(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    ProviderQueries providerQueries(JdbcTemplate jdbc) {
        return new ProviderQueries(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    ProviderTopologyQueries providerTopologyQueries(JdbcTemplate jdbc) {
        return new ProviderTopologyQueries(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    JdbcProviderDirectory providerDirectory(JdbcTemplate jdbc) {
        return new JdbcProviderDirectory(jdbc, ReadModelTables.LIVE);
    }
}
