package io.inventoryledger.projections.slice;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
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

    /**
     * The highest position ever given out that the reset removes: the store's head, or a processor's token when the
     * store is empty already (a reset after a reset).
     */
    private long lastPosition() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        long last = head == null ? -1 : head;
        for (String name : slices.processors()) {
            try {
                TrackingToken token = processing.tokenStore(name).fetchToken(name, 0);
                if (token != null) {
                    last = Math.max(last, token.position().orElse(-1));
                }
            } catch (RuntimeException noToken) {
                // never initialized, or another node holds it: the head stands
            }
        }
        return last;
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
            transaction.executeWithoutResult(status -> {
                long last = lastPosition();
                tables().forEach(table -> jdbc.update("DELETE FROM " + table));
                // Their tokens just after the last event gone, before any new one (a processor that made its own once
                // started would start at the head, which may hold new events by then). Never at the start (a null
                // token): the event store's in-memory cache still holds the deleted events and would replay them.
                TrackingToken start = last < 0 ? null : GapAwareTrackingToken.newInstance(last, Set.of());
                slices.processors()
                        .forEach(name -> processing.tokenStore(name).initializeTokenSegments(name, 1, start));
            });
        } finally {
            stopped.forEach(EventProcessor::start);
        }
        slices.all().forEach(slice -> slice.reload().run());
    }
}
