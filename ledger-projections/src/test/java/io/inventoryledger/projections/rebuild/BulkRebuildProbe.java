package io.inventoryledger.projections.rebuild;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.inventoryledger.projections.allocation.AllocationProjection;
import io.inventoryledger.projections.catalog.CatalogProjection;
import io.inventoryledger.projections.provider.ProviderProjection;
import io.inventoryledger.projections.provider.ProviderTopologyProjection;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A developer's probe, not a test: rebuilds the read model of an existing ledger database (args[0], a JDBC URL) in
 * bulk, outside the service, and prints the report. For profiling the rebuild without the service around it.
 */
public final class BulkRebuildProbe {
    private BulkRebuildProbe() {
    }

    public static void main(String[] args) {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(args[0]);
            dataSource.setUsername("root");
            dataSource.setMaximumPoolSize(8);
            ObjectMapper mapper = new ObjectMapper().setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            StoredEvents events = new StoredEvents(new JdbcTemplate(dataSource),
                    JacksonSerializer.builder().objectMapper(mapper).build(), NoOpEventUpcaster.INSTANCE, true);
            ProjectionRebuild rebuild = new ProjectionRebuild(dataSource, new DataSourceTransactionManager(dataSource),
                    events, List.of(ProviderProjection.DEFINITION, ProviderTopologyProjection.DEFINITION,
                    CatalogProjection.DEFINITION, AllocationProjection.DEFINITION),
                    new ProjectionRebuild.Settings(2_000, Duration.ofSeconds(60), ProjectionRebuild.Mode.BULK,
                            Runtime.getRuntime().availableProcessors()), Clock.systemUTC());
            for (int i = 0; i < Integer.parseInt(args.length > 1 ? args[1] : "1"); i++) {
                long start = System.nanoTime();
                RebuildReport report = rebuild.rebuild(ProjectionRebuild.schemaNameFor(Instant.now()), false);
                System.out.printf("%d events in %.1f s (%.0f events/s), equal %s%n", report.events(),
                        (System.nanoTime() - start) / 1e9, report.events() / ((System.nanoTime() - start) / 1e9),
                        report.equal());
                report.tables().stream().filter(t -> !t.equal()).forEach(System.out::println);
            }
        }
    }
}
