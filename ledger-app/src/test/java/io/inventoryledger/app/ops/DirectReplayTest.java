package io.inventoryledger.app.ops;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.rebuild.ProjectionRebuild;
import io.inventoryledger.projections.rebuild.RebuildReport;
import io.inventoryledger.projections.rebuild.StoredEvents;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** In sequential mode (ledger.rebuild.mode=sequential) the rebuild replays statement by statement into its schema. */
class DirectReplayTest extends LedgerServerTest {
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    List<ProjectionDefinition> projections;

    @Test
    void aSequentialReplayInSmallBatchesEqualsTheLiveReadModel() {
        ProviderHistory.build(api);
        ProjectionRebuild direct = new ProjectionRebuild(dataSource, transactions,
                new StoredEvents(new JdbcTemplate(dataSource), serializer, axon.upcasterChain()), projections,
                new ProjectionRebuild.Settings(3, Duration.ofSeconds(60), ProjectionRebuild.Mode.SEQUENTIAL, 1), Clock.systemUTC());

        RebuildReport report = direct.rebuild(ProjectionRebuild.schemaNameFor(Instant.now()), false);

        assertThat(report.equal()).as(report.toString()).isTrue();
        assertThat(report.events()).isEqualTo(new JdbcTemplate(dataSource)
                .queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class));
    }
}
