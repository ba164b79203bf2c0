package io.inventoryledger.projections.slice;

import io.inventoryledger.projections.processor.AsyncReadModels;
import io.inventoryledger.projections.processor.ProcessorPositions;
import io.inventoryledger.projections.processor.ReadModelFailures;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
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

    /** One batch size and fetch delay for every asynchronous read model's processor. */
    @Bean
    AsyncReadModels asyncReadModels(
            @Value("${ledger.read-models.batch-size:500}") int batchSize,
            @Value("${ledger.events.fetch-delay-ms:20}") long fetchDelayMs,
            ReadModelFailures failures,
            ObjectProvider<EventStorageEngine> storage) {
        return new AsyncReadModels(batchSize, fetchDelayMs, failures, storage::getObject);
    }

    @Bean
    ReadModelFailures readModelFailures() {
        return new ReadModelFailures();
    }
}
