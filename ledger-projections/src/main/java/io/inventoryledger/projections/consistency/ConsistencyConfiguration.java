package io.inventoryledger.projections.consistency;

import io.inventoryledger.projections.schema.ReadModelTables;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The operator's consistency check: it reads the other read models' tables and owns none. */
@Configuration(proxyBeanMethods = false)
public class ConsistencyConfiguration {
    @Bean
    LedgerInventoryQueries ledgerInventoryQueries(JdbcTemplate jdbc) {
        return new LedgerInventoryQueries(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    ConsistencyCheck consistencyCheck(
            org.axonframework.config.Configuration axon,
            LedgerInventoryQueries queries,
            ConnectionProvider connections,
            PlatformTransactionManager transactions) {
        return new ConsistencyCheck(axon, queries, connections, transactions);
    }
}
