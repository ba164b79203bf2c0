package io.inventoryledger.projections.catalog;

import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.schema.RowLocks;
import io.inventoryledger.projections.slice.ReadModelSlice;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Custom resource classes and traits: projection, queries and the catalog ports that command handlers are given. */
@Configuration(proxyBeanMethods = false)
public class CatalogSlice {
    @Bean
    ReadModelSlice catalogReadModel() {
        return ReadModelSlice.of("catalog", CatalogProjection.DEFINITION);
    }

    @Bean
    CatalogProjection catalogProjection(JdbcTemplate jdbc) {
        return new CatalogProjection(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    CatalogQueries catalogQueries(JdbcTemplate jdbc) {
        return new CatalogQueries(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    RowLocks rowLocks(JdbcTemplate jdbc) {
        return RowLocks.of(jdbc);
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
