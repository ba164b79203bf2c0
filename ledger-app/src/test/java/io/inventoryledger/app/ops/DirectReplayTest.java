package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.projections.processor.ProcessorPositions;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.rebuild.ProjectionRebuild;
import io.inventoryledger.projections.rebuild.RebuildReport;
import io.inventoryledger.projections.rebuild.StoredEvents;
import io.inventoryledger.projections.slice.ReadModelSlices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The rebuild's other paths: sequential (ledger.rebuild.mode=sequential, or forced by a projection without an
 * in-memory handler) and bulk through Axon's own upcasting and deserialization.
 */
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
    ReadModelSlices slices;

    @Autowired
    ProcessorPositions positions;

    /** The dashboard and history read models are compared where their processors stand. */
    private ProjectionRebuild.AsyncProjections async() {
        return new ProjectionRebuild.AsyncProjections(slices.asynchronousProjections(), positions);
    }

    /** Rebuilds {@code projections} from this node's event store into a new schema, as a rebuild job would. */
    private RebuildReport rebuildNow(List<ProjectionDefinition> projections, ProjectionRebuild.Settings settings) {
        ProjectionRebuild rebuild = new ProjectionRebuild(
                dataSource,
                transactions,
                new StoredEvents(new JdbcTemplate(dataSource), serializer, axon.upcasterChain()),
                projections,
                settings,
                Clock.systemUTC(),
                async());
        return rebuild.rebuild(ProjectionRebuild.schemaNameFor(Instant.now()), false);
    }

    @Test
    void aSequentialReplayInSmallBatchesEqualsTheLiveReadModel() {
        ProviderHistory.build(api);
        RebuildReport report = rebuildNow(
                slices.projections(),
                new ProjectionRebuild.Settings(3, Duration.ofSeconds(60), ProjectionRebuild.Mode.SEQUENTIAL, 1));

        assertThat(report.equal()).as(report.toString()).isTrue();
        assertThat(report.mode()).isEqualTo("sequential");
        assertThat(report.events())
                .isEqualTo(new JdbcTemplate(dataSource)
                        .queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class));
    }

    @Test
    void aProjectionWithoutAnInMemoryHandlerMakesTheWholeRebuildSequentialAndStillEqual() {
        ProviderHistory.build(api);
        List<ProjectionDefinition> oneWithoutMemory = slices.projections().stream()
                .map(p -> p.name().equals("catalog")
                        ? new ProjectionDefinition(p.name(), p.handlerType(), p.tables(), p.factory())
                        : p)
                .toList();
        RebuildReport report = rebuildNow(oneWithoutMemory, ProjectionRebuild.Settings.DEFAULT);

        assertThat(report.mode()).isEqualTo("sequential");
        assertThat(report.equal()).as(report.toString()).isTrue();
    }

    @Test
    void aBulkRebuildThroughAxonsOwnDeserializationEqualsTheLiveReadModel() {
        ProviderHistory.build(api);
        // without the service's "no upcasters" knowledge every row goes through Axon's upcaster chain
        RebuildReport report = rebuildNow(
                slices.projections(),
                new ProjectionRebuild.Settings(2, Duration.ofSeconds(60), ProjectionRebuild.Mode.BULK, 2));

        assertThat(report.mode()).isEqualTo("bulk");
        assertThat(report.equal()).as(report.toString()).isTrue();
    }
}
