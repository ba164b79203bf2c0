package io.inventoryledger.projections.history;

import io.inventoryledger.projections.processor.AsyncReadModels;
import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.slice.ReadModelSlice;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit history: histories and request lookups read from the event store itself; time travel from the
 * time-travel tables ({@link HistoryStateProjection}, kept by an asynchronous processor of its own).
 */
@Configuration(proxyBeanMethods = false)
public class HistorySlice {
    @Bean
    ReadModelSlice historyReadModel() {
        return ReadModelSlice.of("history", HistoryStateProjection.DEFINITION)
                .inProcessor(HistoryStateProjection.PROCESSING_GROUP);
    }

    @Bean
    ConfigurerModule historyProcessor(AsyncReadModels processors) {
        return processors.processor(HistoryStateProjection.PROCESSING_GROUP);
    }

    @Bean
    HistoryStateProjection historyStateProjection(JdbcTemplate jdbc) {
        return new HistoryStateProjection(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    Incarnations incarnations(JdbcTemplate jdbc) {
        return new Incarnations(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    StateQueries stateQueries(JdbcTemplate jdbc, HistoryEvents events, Incarnations incarnations) {
        return new StateQueries(jdbc, ReadModelTables.LIVE, events, incarnations);
    }

    @Bean
    HistoryEvents historyEvents(
            JdbcTemplate jdbc,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration axon) {
        return new HistoryEvents(jdbc, eventSerializer, axon.upcasterChain());
    }

    @Bean
    HistoryQueries historyQueries(Incarnations incarnations, HistoryEvents events) {
        return new HistoryQueries(incarnations, events);
    }
}
