package io.inventoryledger.app.system;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.inventoryledger.core.audit.LedgerMetaData;
import io.inventoryledger.core.provider.ProviderProfile;
import io.inventoryledger.core.provider.ResourceProvider;
import io.inventoryledger.projections.provider.ProviderProjection;
import java.lang.management.ManagementFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon without Axon Server: JDBC event store in snake_case, Jackson, subscribing read model. */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Tokens of the tracking processors that share their position between nodes (the dashboard and history read
     * models), in {@code token_entry}. Each node claims a segment under its own identity: Axon's default owner is the
     * JVM's name, which two nodes in one JVM (tests) would share, and both would then process the same segment.
     */
    @Bean
    TokenStore tokenStore(
            ConnectionProvider connections,
            @Qualifier("serializer") Serializer serializer,
            TokenSchema schema,
            NodeIdentity node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(schema)
                .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + node.id())
                .build();
    }

    /** A lost append race (duplicate aggregate/sequence key, deadlock) must surface as Axon's ConcurrencyException. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new LostRaceResolver();
    }

    /** Jackson for events, snapshots and tokens; aggregates are snapshotted field by field. */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
    }

    @Bean
    ConfigurerModule ledgerAggregates(
            @Value("${ledger.snapshot-every:100}") int snapshotEvery,
            @Value("${ledger.cached-aggregates:20000}") long cachedAggregates) {
        return configurer -> {
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(ResourceProvider.class)
                    .configureSnapshotTrigger(
                            c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), snapshotEvery))
                    .configureRepository(c -> CachedStateRepository.create(
                            ResourceProvider.class,
                            c,
                            new EventCountSnapshotTriggerDefinition(c.snapshotter(), snapshotEvery),
                            cachedAggregates)));
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(ProviderProfile.class));
            // The read model is written in the command's transaction: a failure there must fail the command.
            configurer
                    .eventProcessing()
                    .registerListenerInvocationErrorHandler(
                            ProviderProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
        };
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** Every event records who asked, through which request, and when. */
    @Bean
    CorrelationDataProvider requestContext() {
        return new SimpleCorrelationDataProvider(LedgerMetaData.KEYS);
    }
}
