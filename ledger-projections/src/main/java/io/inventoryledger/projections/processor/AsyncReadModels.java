package io.inventoryledger.projections.processor;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The processor of a read model kept off the commands' transactions: a tracking processor over the event store
 * (read every {@code fetchDelayMs} when it has nothing new),
 * one segment (events in the store's order, one writer of the read model's rows), {@code batchSize} events per
 * transaction, its token in {@code token_entry} next to the tables it wrote in the same transaction. Without a token
 * it starts at the store's head: the read model was kept in the commands' transactions until this processor
 * existed, so it is current there. Handler failures are logged, counted and retried ({@link ReadModelFailures}).
 */
public final class AsyncReadModels {
    private final int batchSize;
    private final long fetchDelayMs;
    private final ReadModelFailures failures;
    private final Supplier<EventStorageEngine> storage;

    /** The settings every asynchronous read model's processor shares. */
    public AsyncReadModels(
            int batchSize, long fetchDelayMs, ReadModelFailures failures, Supplier<EventStorageEngine> storage) {
        this.batchSize = batchSize;
        this.fetchDelayMs = fetchDelayMs;
        this.failures = failures;
        this.storage = storage;
    }

    /** The processor of the read model whose projections are in the processing group {@code group}. */
    public ConfigurerModule processor(String group) {
        return configurer -> configurer
                .eventProcessing()
                .registerTrackingEventProcessor(
                        group,
                        // Its own reader of the store, not the node's event store with its shared in-memory cache
                        // of recent events: a reset empties the store under that cache, which would hand the
                        // deleted events out again. Made when the processor is (the storage engine needs Axon's
                        // configuration, which this module is part of).
                        c -> EmbeddedEventStore.builder()
                                .storageEngine(storage.get())
                                .optimizeEventConsumption(false)
                                .fetchDelay(fetchDelayMs)
                                .timeUnit(TimeUnit.MILLISECONDS)
                                .build(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize)
                                // a node without the segment looks for it every second (another node stopped)
                                .andTokenClaimInterval(1, java.util.concurrent.TimeUnit.SECONDS)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(group, c -> failures.handlerFor(group));
    }
}
