package io.inventoryledger.projections.slice;

import io.inventoryledger.projections.processor.ProcessorPositions;
import io.inventoryledger.projections.processor.ReadModelFailures;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
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
    LedgerReset ledgerReset(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ReadModelSlices slices,
            org.axonframework.config.Configuration axon) {
        return new LedgerReset(jdbc, transactions, slices, axon.eventProcessingConfiguration());
    }

    /** Where the asynchronous read models' processors stand (their tokens, shared by every node). */
    @Bean
    ProcessorPositions processorPositions(DataSource dataSource, @Qualifier("serializer") Serializer serializer) {
        return new ProcessorPositions(dataSource, serializer);
    }

    @Bean
    ReadModelFailures readModelFailures() {
        return new ReadModelFailures();
    }
}
