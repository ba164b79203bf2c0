package io.inventoryledger.app.system;

import java.util.concurrent.TimeUnit;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JDBC event store as Axon's auto-configuration builds it, except for:
 * <ul>
 * <li>a short fetch delay: streams (the candidate index's follower) see other nodes' events within it, where
 * Axon's default waits a second; it also paces their reads under load ({@link PacedJdbcEventStorageEngine});</li>
 * <li>an aggregate's events are read in one query when they fit one batch: its sequence numbers have no gaps
 * (each append takes the next one, under the store's unique key), so a short batch is the last. Axon's JDBC
 * default reads until a batch comes back empty, a second query on every aggregate load.</li>
 * </ul>
 * Declaring the store means declaring the storage engine too (Axon's is skipped when an event store bean exists).
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** Events per query, for aggregate loads and streams alike (Axon's default). */
    private static final int BATCH_SIZE = 100;

    private final long fetchDelayMs;

    EventStoreConfiguration(@Value("${ledger.events.fetch-delay-ms:20}") long fetchDelayMs) {
        this.fetchDelayMs = fetchDelayMs;
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver resolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connections,
            TransactionManager transactions,
            EventSchema schema) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder();
        builder.batchSize(BATCH_SIZE)
                .finalAggregateBatchPredicate(batch -> batch.size() < BATCH_SIZE)
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(resolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema);
        return new PacedJdbcEventStorageEngine(builder, TimeUnit.MILLISECONDS.toNanos(fetchDelayMs));
    }

    @Bean("eventBus")
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelayMs)
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }
}
