package io.inventoryledger.projections.candidateindex;

import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.slice.ReadModelSlice;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The per-node in-memory index of /allocation_candidates: loaded from the read tables at start, reloaded after a
 * reset and periodically (which also compacts deleted providers' slots). It owns no tables.
 */
@Configuration(proxyBeanMethods = false)
public class CandidateIndexSlice {
    @Bean
    ReadModelSlice candidateIndexReadModel(CandidateIndex index) {
        return ReadModelSlice.of("candidate-index").withAfterReset(index::reload);
    }

    @Bean
    CandidateIndex candidateIndex(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        CandidateIndex index = new CandidateIndex(new CandidateIndexQueries(jdbc, ReadModelTables.LIVE, transactions));
        index.reload();
        return index;
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
