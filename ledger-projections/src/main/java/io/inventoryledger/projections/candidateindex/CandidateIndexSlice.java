package io.inventoryledger.projections.candidateindex;

import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.slice.ReadModelSlice;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The per-node in-memory index of /allocation_candidates, loaded from the read tables at start and kept current
 * two ways: after each command this node sends (an explicit {@link CandidateIndexCommandHook}, fed by a
 * subscribing processor in the command's unit of work), and by following the event store for other nodes'
 * writes ({@link CandidateIndexFollower}: a tracking processor with an in-memory token starting a little before
 * the load; its bean is declared where the node's identity is). Reloaded after a reset or repair and periodically
 * (which also compacts deleted providers' slots). It owns no tables.
 */
@Configuration(proxyBeanMethods = false)
public class CandidateIndexSlice {
    @Bean
    ReadModelSlice candidateIndexReadModel(CandidateIndex index) {
        return ReadModelSlice.of("candidate-index").withReload(index::reload);
    }

    @Bean
    CandidateIndexCommandHook candidateIndexCommandHook(CandidateIndex index) {
        return new CandidateIndexCommandHook(index);
    }

    @Bean
    CandidateIndexLocalRefresh candidateIndexLocalRefresh(CandidateIndex index, CandidateIndexCommandHook hook) {
        return new CandidateIndexLocalRefresh(index, hook);
    }

    @Bean
    ConfigurerModule candidateIndexProcessors(
            CandidateIndex index, @Value("${ledger.candidates.follow-overlap:PT10S}") Duration overlap) {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(CandidateIndexLocalRefresh.PROCESSING_GROUP)
                .registerTokenStore(CandidateIndexFollower.PROCESSING_GROUP, c -> new InMemoryTokenStore())
                .registerTrackingEventProcessor(
                        CandidateIndexFollower.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(1000)
                                // Transactions still open at the load commit later with lower indexes:
                                // start before the load, re-applying is harmless.
                                .andInitialTrackingToken(source ->
                                        source.createTokenAt(index.loadedAt().minus(overlap))));
    }

    /**
     * The index, its first load started beside the rest of the start (the tables are migrated: beans that use the
     * database are made after Flyway); {@link #candidateIndexLoaded} waits for it before the service starts
     * serving, so readiness and every reader see a loaded index as when the load ran here.
     */
    @Bean
    CandidateIndex candidateIndex(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        CandidateIndex index = new CandidateIndex(new CandidateIndexQueries(jdbc, ReadModelTables.LIVE, transactions));
        index.loadInBackground();
        return index;
    }

    /** Every singleton made, before anything starts (web server, event processors): the first load is done. */
    @Bean
    SmartInitializingSingleton candidateIndexLoaded(CandidateIndex index) {
        return index::awaitFirstLoad;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService candidateIndexReloads(
            CandidateIndex index, @Value("${ledger.candidates.full-reload-interval:PT10M}") Duration every) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "candidate-index-reload");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(index::reload, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return timer;
    }
}
