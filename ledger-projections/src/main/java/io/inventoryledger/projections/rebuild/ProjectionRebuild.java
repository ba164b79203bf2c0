package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.schema.Databases;
import io.inventoryledger.projections.schema.LedgerSchema;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every registered projection from the event history into a fresh schema, through the same handler
 * logic that keeps the live tables, while the service keeps serving.
 * <ol>
 * <li>Bulk ({@link Mode#BULK}, when every projection can fold in memory): the history up to now is folded in memory
 * and each table written once, in bulk ({@link BulkReplay}).</li>
 * <li>Catch-up: what was appended meanwhile (and appends that were in flight) is replayed statement by statement
 * into the schema, one transaction per batch. In {@link Mode#SEQUENTIAL} this is the whole history.</li>
 * <li>Comparison: each rebuilt table against the live one, both seen at exactly the same point of the history
 * (the live read model is written in the events' own transactions). On PostgreSQL, in one exported snapshot in
 * which every visible event has been replayed, on several connections at once; otherwise (or while appends keep
 * arriving) the last stretch is replayed in one repeatable-read transaction that then compares table by table.</li>
 * </ol>
 */
public class ProjectionRebuild {
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("rebuild_[a-z0-9_]{1,50}");
    private static final String COMPARISON_WORK_MEM = "256MB";
    private static final int SNAPSHOT_ATTEMPTS = 20;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate snapshotTransaction;
    private final StoredEvents storedEvents;
    private final List<ProjectionDefinition> projections;
    private final Settings settings;
    private final Clock clock;

    /** How the bulk of the history is replayed. */
    public enum Mode {
        /** Folded in memory through the projections' in-memory stores, then written table by table in bulk. */
        BULK,
        /** Statement by statement into the schema, one transaction per batch (needs no memory). */
        SEQUENTIAL
    }

    /**
     * Events per read (and per catch-up transaction), how long an unfilled gap in the global index is waited
     * for, how the bulk is replayed, and how many threads decode and write in a bulk replay.
     */
    public record Settings(int batchSize, Duration gapTimeout, Mode mode, int threads) {
        public static final Settings DEFAULT = new Settings(
                2_000, Duration.ofSeconds(60), Mode.BULK, Runtime.getRuntime().availableProcessors());
    }

    public ProjectionRebuild(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            StoredEvents storedEvents,
            List<ProjectionDefinition> projections,
            Settings settings,
            Clock clock) {
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

    /** The mode a rebuild runs in: bulk only when every projection can fold in memory. */
    public Mode mode() {
        return settings.mode() == Mode.BULK && projections.stream().allMatch(ProjectionDefinition::foldsInMemory)
                ? Mode.BULK
                : Mode.SEQUENTIAL;
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
        boolean postgres = isPostgres();
        if (postgres) {
            setLogged(tables, false);
        }
        List<AnnotationEventHandlerAdapter> handlers = projections.stream()
                .map(p -> new AnnotationEventHandlerAdapter(p.handlerFor(jdbc, tables)))
                .toList();
        Instant replayStarted = clock.instant();
        GapTracker position = new GapTracker(0, settings.gapTimeout());
        long[] replayed = {0};
        Mode mode = mode();
        if (mode == Mode.BULK) {
            replayed[0] += new BulkReplay(
                            new EventCursor(dataSource, settings.batchSize()),
                            storedEvents.decoder(),
                            settings.threads(),
                            clock)
                    .replay(projections, position, new BulkTableWriter(dataSource, tables, keep));
        } else if (settings.mode() == Mode.BULK) {
            log.warn(
                    "Rebuilding statement by statement: not every projection can fold in memory ({})",
                    projections.stream()
                            .filter(p -> !p.foldsInMemory())
                            .map(ProjectionDefinition::name)
                            .toList());
        }
        long caughtUp = System.nanoTime();
        catchUp(position, handlers, replayed, postgres);
        long compared = System.nanoTime();
        List<String> owned =
                projections.stream().flatMap(p -> p.tables().stream()).toList();
        List<TableComparison> comparisons =
                postgres ? compareInParallel(position, handlers, replayed, owned, tables) : null;
        if (comparisons == null) {
            comparisons = compareInOneTransaction(position, handlers, replayed, owned, tables, postgres);
        }
        log.info(
                "Rebuild into {}: catch-up {} ms, tail and comparison {} ms",
                schema,
                (compared - caughtUp) / 1_000_000,
                (System.nanoTime() - compared) / 1_000_000);
        Duration replay = Duration.between(replayStarted, clock.instant());
        if (!keep) {
            dropSchema(schema);
        } else if (postgres) {
            setLogged(tables, true);
        }
        return new RebuildReport(
                schema,
                keep,
                mode.name().toLowerCase(),
                replayed[0],
                position.last(),
                replay,
                Duration.between(started, clock.instant()),
                comparisons);
    }

    /** Replays, one committed transaction per batch, until a batch comes back short. */
    private void catchUp(
            GapTracker position, List<AnnotationEventHandlerAdapter> handlers, long[] replayed, boolean postgres) {
        int read;
        do {
            read = batchTransaction.execute(tx -> {
                relaxDurability(postgres);
                return replayBatch(position, handlers, replayed);
            });
        } while (read == settings.batchSize());
    }

    /**
     * PostgreSQL: the tables are compared on several connections, all in one exported snapshot in which every
     * visible event has been replayed (and committed) already, so that the live and rebuilt tables stand at exactly
     * the same point of the history. A snapshot that shows events appended since the catch-up is dropped: those
     * are replayed and a new one taken. Null when appends keep arriving faster than that.
     */
    private List<TableComparison> compareInParallel(
            GapTracker position,
            List<AnnotationEventHandlerAdapter> handlers,
            long[] replayed,
            List<String> owned,
            ReadModelTables tables) {
        SnapshotComparisons comparisons = new SnapshotComparisons(dataSource, settings.threads(), COMPARISON_WORK_MEM);
        for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
            List<TableComparison> compared = snapshotTransaction.execute(tx -> {
                String snapshot = jdbc.queryForObject("SELECT pg_export_snapshot()", String.class);
                if (!storedEvents.next(position.last(), position.gaps(), 1).isEmpty()) {
                    return null;
                }
                return comparisons.compare(snapshot, owned, tables);
            });
            if (compared != null) {
                return compared;
            }
            catchUp(position, handlers, replayed, true);
        }
        log.info(
                "Appends kept arriving during {} snapshots: comparing in the replaying transaction", SNAPSHOT_ATTEMPTS);
        return null;
    }

    /** The last stretch replayed in one repeatable-read transaction, then every table compared in it, one by one. */
    private List<TableComparison> compareInOneTransaction(
            GapTracker position,
            List<AnnotationEventHandlerAdapter> handlers,
            long[] replayed,
            List<String> owned,
            ReadModelTables tables,
            boolean postgres) {
        return snapshotTransaction.execute(tx -> {
            if (postgres) {
                jdbc.execute("SET LOCAL work_mem = '" + COMPARISON_WORK_MEM + "'"); // grouping in memory
            }
            while (replayBatch(position, handlers, replayed) > 0) {
                // the tail, seen in the same snapshot as the live tables
            }
            TableComparer comparer = new TableComparer(jdbc);
            return owned.stream().map(t -> comparer.compare(t, tables)).toList();
        });
    }

    /**
     * A rebuild's tables are scratch until kept: unlogged while they fill (no write-ahead log for a million rows;
     * a crash empties them, and a rebuild can always run again), logged once kept.
     */
    private void setLogged(ReadModelTables tables, boolean logged) {
        projections.stream()
                .flatMap(p -> p.tables().stream())
                .forEach(table ->
                        jdbc.execute("ALTER TABLE " + tables.of(table) + (logged ? " SET LOGGED" : " SET UNLOGGED")));
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

    static void apply(AnnotationEventHandlerAdapter handler, EventMessage<?> event) {
        if (handler.canHandle(event)) {
            handle(handler, event);
        }
    }

    static void handle(AnnotationEventHandlerAdapter handler, EventMessage<?> event) {
        try {
            handler.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Projection failed on " + event.getPayloadType().getName(), e);
        }
    }

    private boolean isPostgres() {
        return Databases.isPostgres(jdbc);
    }

    private void dropSchema(String schema) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
}
