package io.inventoryledger.projections.history;

import io.inventoryledger.projections.schema.ReadModelTables;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit history: histories and request lookups read from the event store itself. */
@Configuration(proxyBeanMethods = false)
public class HistorySlice {
    @Bean
    HistoryEvents historyEvents(
            JdbcTemplate jdbc,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration axon) {
        return new HistoryEvents(jdbc, eventSerializer, axon.upcasterChain());
    }

    @Bean
    HistoryQueries historyQueries(JdbcTemplate jdbc, HistoryEvents events) {
        return new HistoryQueries(jdbc, ReadModelTables.LIVE, events);
    }
}
