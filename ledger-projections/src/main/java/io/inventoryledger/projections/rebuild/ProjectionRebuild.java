package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.schema.LedgerSchema;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds every registered projection from the event history into a fresh schema, through the same
 * handlers that keep the live tables, while the service keeps serving. Events stream in global order,
 * one transaction per batch; the last stretch is replayed in one repeatable-read transaction that then
 * compares each rebuilt table with the live one: both are seen at exactly the same point of the history,
 * because the live read model is written in the events' own transactions.
 */
public class ProjectionRebuild {
    private static final Pattern SCHEMA_NAME = Pattern.compile("rebuild_[a-z0-9_]{1,50}");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate snapshotTransaction;
    private final StoredEvents storedEvents;
    private final List<ProjectionDefinition> projections;
    private final Settings settings;
    private final Clock clock;

    /**
     * Events per read (and per transaction), how long an unfilled gap in the global index is waited for, and
     * whether the history is replayed into an in-process staging copy first (fast; needs the read model
     * to fit in memory) or straight into the schema (one statement round trip per row change).
     */
    public record Settings(int batchSize, Duration gapTimeout, boolean staged) {
        public static final Settings DEFAULT = new Settings(2_000, Duration.ofSeconds(60), true);
    }

    public ProjectionRebuild(DataSource dataSource, PlatformTransactionManager transactions, StoredEvents storedEvents,
                             List<ProjectionDefinition> projections, Settings settings, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.batchTransaction = new TransactionTemplate(transactions);
        this.snapshotTransaction = new TransactionTemplate(transactions);
        this.snapshotTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.storedEvents = storedEvents;
        this.projections = List.copyOf(projections);
        this.settings = settings;
        this.clock = clock;
    }

    /** A fresh schema name for a rebuild started now. */
    public static String schemaNameFor(Instant at) {
        return "rebuild_" + at.toEpochMilli();
    }

    /** Rebuilds into {@code schema} (dropped first; named {@code rebuild_...}); drops it afterwards unless kept. */
    public RebuildReport rebuild(String schema, boolean keep) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("A rebuild schema is named rebuild_[a-z0-9_]+, not " + schema);
        }
        Instant started = clock.instant();
        dropSchema(schema);
        LedgerSchema.migrateReadModel(dataSource, schema);
        ReadModelTables tables = new ReadModelTables(schema);
        List<AnnotationEventHandlerAdapter> handlers = handlersOver(jdbc, tables);
        boolean postgres = isPostgres();
        Instant replayStarted = clock.instant();
        GapTracker position = new GapTracker(0, settings.gapTimeout());
        long[] replayed = {0};
        if (settings.staged()) {
            replayThroughStaging(position, replayed, tables, postgres);
        } else {
            int read;
            do {
                read = batchTransaction.execute(tx -> {
                    relaxDurability(postgres);
                    return replayBatch(position, handlers, replayed);
                });
            } while (read == settings.batchSize());
        }
        List<TableComparison> comparisons = snapshotTransaction.execute(tx -> {
            while (replayBatch(position, handlers, replayed) > 0) {
                // the tail, seen in the same snapshot as the live tables
            }
            TableComparer comparer = new TableComparer(jdbc);
            return projections.stream().flatMap(p -> p.tables().stream()).map(t -> comparer.compare(t, tables))
                    .toList();
        });
        Duration replay = Duration.between(replayStarted, clock.instant());
        if (!keep) {
            dropSchema(schema);
        }
        return new RebuildReport(schema, keep, replayed[0], position.last(), replay,
                Duration.between(started, clock.instant()), comparisons);
    }

    /** The bulk of the history goes through the in-process staging copy, then into the schema in batches. */
    private void replayThroughStaging(GapTracker position, long[] replayed, ReadModelTables tables, boolean postgres) {
        try (StagingDatabase staging = StagingDatabase.open()) {
            List<AnnotationEventHandlerAdapter> staged = handlersOver(staging.jdbc(), ReadModelTables.LIVE);
            int read;
            do {
                read = replayBatch(position, staged, replayed);
                staging.commit();
            } while (read == settings.batchSize());
            List<String> owned = projections.stream().flatMap(p -> p.tables().stream()).toList();
            batchTransaction.executeWithoutResult(tx -> {
                relaxDurability(postgres);
                staging.copyTo(jdbc, tables, owned);
            });
        }
    }

    private List<AnnotationEventHandlerAdapter> handlersOver(JdbcTemplate target, ReadModelTables tables) {
        return projections.stream().map(p -> new AnnotationEventHandlerAdapter(p.handlerFor(target, tables)))
                .toList();
    }

    /** A rebuild can always be run again: its transactions need not wait for the disk. */
    private void relaxDurability(boolean postgres) {
        if (postgres) {
            jdbc.execute("SET LOCAL synchronous_commit = off");
        }
    }

    private int replayBatch(GapTracker position, List<AnnotationEventHandlerAdapter> handlers, long[] replayed) {
        Instant now = clock.instant();
        position.expire(now);
        StoredEvents.Batch batch = storedEvents.next(position.last(), position.gaps(), settings.batchSize());
        batch.positions().forEach(p -> position.observe(p, now));
        for (EventMessage<?> event : batch.events()) {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                apply(handler, event);
            }
            replayed[0]++;
        }
        return batch.positions().size();
    }

    private static void apply(AnnotationEventHandlerAdapter handler, EventMessage<?> event) {
        if (!handler.canHandle(event)) {
            return;
        }
        try {
            handler.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Projection failed on " + event.getPayloadType().getName(), e);
        }
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    private void dropSchema(String schema) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
}
