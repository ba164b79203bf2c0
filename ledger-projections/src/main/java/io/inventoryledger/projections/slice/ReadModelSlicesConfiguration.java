package io.inventoryledger.projections.slice;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Collects every {@link ReadModelSlice} bean that the imported slices declare. */
@Configuration(proxyBeanMethods = false)
public class ReadModelSlicesConfiguration {
    @Bean
    ReadModelSlices readModelSlices(List<ReadModelSlice> slices) {
        return new ReadModelSlices(slices);
    }

    @Bean
    LedgerReset ledgerReset(JdbcTemplate jdbc, PlatformTransactionManager transactions, ReadModelSlices slices) {
        return new LedgerReset(jdbc, transactions, slices);
    }
}
