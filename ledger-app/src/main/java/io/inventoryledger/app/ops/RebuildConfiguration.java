package io.inventoryledger.app.ops;

import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.rebuild.ProjectionRebuild;
import io.inventoryledger.projections.rebuild.StoredEvents;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The rebuild of every registered projection ({@link ProjectionDefinition} beans) from the event history. */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {
    @Bean
    ProjectionRebuild projectionRebuild(DataSource dataSource, PlatformTransactionManager transactions,
                                        @Qualifier("eventSerializer") Serializer eventSerializer,
                                        org.axonframework.config.Configuration axon,
                                        List<ProjectionDefinition> projections,
                                        @Value("${ledger.rebuild.batch-size:2000}") int batchSize,
                                        @Value("${ledger.rebuild.gap-timeout:60s}") Duration gapTimeout,
                                        @Value("${ledger.rebuild.staged:true}") boolean staged) {
        StoredEvents events = new StoredEvents(new JdbcTemplate(dataSource), eventSerializer, axon.upcasterChain());
        return new ProjectionRebuild(dataSource, transactions, events, projections,
                new ProjectionRebuild.Settings(batchSize, gapTimeout, staged), Clock.systemUTC());
    }
}
