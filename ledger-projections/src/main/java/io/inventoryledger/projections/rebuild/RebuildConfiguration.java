package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.processor.ProcessorPositions;
import io.inventoryledger.projections.slice.ReadModelSlices;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The rebuild of every read model's projections ({@link ReadModelSlices}) from the event history. */
@Configuration(proxyBeanMethods = false)
public class RebuildConfiguration {
    /** One rebuild at a time across every node of the database. */
    @Bean
    RebuildLease rebuildLease(DataSource dataSource) {
        return new RebuildLease(dataSource);
    }

    @Bean
    ProjectionRebuild projectionRebuild(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration axon,
            ReadModelSlices slices,
            ProcessorPositions positions,
            ObjectProvider<EventUpcaster> upcasters,
            @Value("${ledger.rebuild.batch-size:2000}") int batchSize,
            @Value("${ledger.rebuild.gap-timeout:60s}") Duration gapTimeout,
            @Value("${ledger.rebuild.mode:bulk}") String mode,
            @Value("${ledger.rebuild.threads:0}") int threads) {
        StoredEvents events = new StoredEvents(
                new JdbcTemplate(dataSource),
                eventSerializer,
                axon.upcasterChain(),
                upcasters.stream().findAny().isEmpty());
        return new ProjectionRebuild(
                dataSource,
                transactions,
                events,
                slices.projections(),
                new ProjectionRebuild.Settings(
                        batchSize,
                        gapTimeout,
                        ProjectionRebuild.Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT)),
                        threads > 0 ? threads : Runtime.getRuntime().availableProcessors()),
                Clock.systemUTC(),
                new ProjectionRebuild.AsyncProjections(slices.asynchronousProjections(), positions));
    }
}
