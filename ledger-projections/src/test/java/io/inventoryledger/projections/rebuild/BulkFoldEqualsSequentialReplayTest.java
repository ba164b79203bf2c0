package io.inventoryledger.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.projections.allocation.AllocationProjection;
import io.inventoryledger.projections.catalog.CatalogProjection;
import io.inventoryledger.projections.dashboard.DashboardProjection;
import io.inventoryledger.projections.dashboard.DashboardRetention;
import io.inventoryledger.projections.provider.ProviderProjection;
import io.inventoryledger.projections.provider.ProviderTopologyProjection;
import io.inventoryledger.projections.support.ReadModelDatabase;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bulk rebuild's in-memory fold, written with COPY, gives exactly the tables that replaying the same history
 * statement by statement through the SQL handlers gives, on generated histories with every kind of event.
 */
class BulkFoldEqualsSequentialReplayTest {
    private static final List<ProjectionDefinition> PROJECTIONS = List.of(
            ProviderProjection.DEFINITION,
            ProviderTopologyProjection.DEFINITION,
            CatalogProjection.DEFINITION,
            AllocationProjection.DEFINITION,
            DashboardProjection.definition(DashboardRetention.DEFAULT));

    private ReadModelDatabase sequential;
    private ReadModelDatabase bulk;

    @BeforeEach
    void freshReadModels() {
        sequential = ReadModelDatabase.fresh();
        bulk = ReadModelDatabase.fresh();
    }

    @AfterEach
    void dropReadModels() {
        sequential.close();
        bulk.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void theBulkFoldWritesWhatTheSequentialReplayWrites(long seed) {
        List<DomainEventMessage<?>> history = GeneratedHistory.of(seed, 600);

        replay(
                history,
                PROJECTIONS.stream()
                        .map(p -> p.handlerFor(sequential.jdbc(), sequential.tables()))
                        .toList());
        MemoryReadModel model = new MemoryReadModel();
        replay(history, PROJECTIONS.stream().map(p -> p.handlerFor(model)).toList());
        BulkReplay.writeTables(
                model,
                PROJECTIONS,
                new BulkTableWriter(Objects.requireNonNull(bulk.jdbc().getDataSource()), bulk.tables(), true),
                2);

        TableComparer comparer = new TableComparer(sequential.jdbc());
        List<TableComparison> tables = PROJECTIONS.stream()
                .flatMap(p -> p.tables().stream())
                .map(table -> comparer.compare(table, sequential.tables(), bulk.tables()))
                .toList();
        assertThat(tables)
                .allSatisfy(
                        table -> assertThat(table.equal()).as(table.toString()).isTrue());
        assertThat(tables)
                .filteredOn(t -> t.table().equals("resource_providers"))
                .allSatisfy(t -> assertThat(t.liveRows()).isPositive());
        assertThat(tables)
                .filteredOn(t -> t.table().equals("provider_usages"))
                .allSatisfy(t -> assertThat(t.liveRows()).isPositive());
    }

    private static void replay(List<DomainEventMessage<?>> history, List<Object> projections) {
        List<AnnotationEventHandlerAdapter> handlers =
                projections.stream().map(AnnotationEventHandlerAdapter::new).toList();
        history.forEach(event -> handlers.forEach(handler -> ProjectionRebuild.apply(handler, event)));
    }
}
