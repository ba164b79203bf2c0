package io.inventoryledger.projections.slice;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the ledger, for conformance runs (Placement's gabbits expect a fresh install per file): the event store
 * and every read model's tables in one transaction, then each read model reloads its in-memory state. The
 * asynchronous read models' processors are stopped meanwhile (no batch of this node's lands after the reset; another
 * node's fails, its token row gone) and started again after the last event the reset removed.
 */
public class LedgerReset {
    /** The event store's tables (Flyway's {@code db/eventstore}). */
    static final List<String> EVENT_STORE_TABLES = List.of("domain_event_entry", "snapshot_event_entry", "token_entry");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReadModelSlices slices;
    private final EventProcessingConfiguration processing;

    public LedgerReset(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ReadModelSlices slices,
            EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.slices = slices;
        this.processing = processing;
    }

    /** The tables emptied, in order. */
    public List<String> tables() {
        return Stream.concat(EVENT_STORE_TABLES.stream(), slices.tables().stream())
                .toList();
    }

    public void reset() {
        List<EventProcessor> stopped = slices.processors().stream()
                .map(name -> processing.eventProcessor(name))
                .flatMap(Optional::stream)
                .toList();
        stopped.forEach(EventProcessor::shutDown);
        try {
            transaction.executeWithoutResult(status -> tables().forEach(table -> jdbc.update("DELETE FROM " + table)));
        } finally {
            stopped.forEach(EventProcessor::start);
        }
        slices.all().forEach(slice -> slice.reload().run());
    }
}
