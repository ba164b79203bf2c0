package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.processor.ProcessorPosition;
import io.inventoryledger.projections.processor.ProcessorPositions;
import io.inventoryledger.projections.schema.Databases;
import io.inventoryledger.projections.schema.LedgerSchema;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
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
 * arriving) the last stretch is replayed in one repeatable-read transaction that then compares table by table.
 * The projections of asynchronous processors ({@link AsyncProjections}) are compared where their processor stands
 * instead: their rebuilt tables are replayed to exactly the events its token shows ({@link ProcessorReplay}), and on
 * PostgreSQL the processor is held still (its token row locked) until the snapshot has been compared.</li>
 * </ol>
 */
public class ProjectionRebuild {
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("rebuild_[a-z0-9_]{1,50}");
    private static final String COMPARISON_WORK_MEM = "256MB";
    private static final int SNAPSHOT_ATTEMPTS = 20;
    /** How long a swap waits for the live tables before it lets go and tries again (writers wait at most this). */
    private static final String SWAP_LOCK_TIMEOUT = "200ms";

    private static final int SWAP_ATTEMPTS = 300;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate snapshotTransaction;
    private final StoredEvents storedEvents;
    private final List<ProjectionDefinition> projections;
    private final Settings settings;
    private final Clock clock;
    private final AsyncProjections async;

    /**
     * The projections kept by asynchronous processors (projection name → processor) and where those stand: their
     * rebuilt tables are compared at the processor's position, not at the store's head.
     */
    public record AsyncProjections(Map<String, String> processors, ProcessorPositions positions) {

        public AsyncProjections {
            processors = Map.copyOf(processors);
        }

        boolean keeps(ProjectionDefinition projection) {
            return processors.containsKey(projection.name());
        }
    }

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
            Clock clock,
            AsyncProjections async) {
        this.async = async;
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

    /**
     * {@code keep}: leave the rebuilt schema (after a repair: the replaced live tables) for inspection;
     * {@code repair}: when a rebuilt table differs from its live one, swap every rebuilt table in (PostgreSQL only).
     */
    public record Options(boolean keep, boolean repair) {}

    /** Whether a repair can swap tables in on this database (PostgreSQL). */
    public boolean canRepair() {
        return isPostgres();
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
        return rebuild(schema, new Options(keep, false), RebuildProgress.unwatched());
    }

    /**
     * Rebuilds into {@code schema}, reporting to (and cancellable through) {@code progress}; a cancelled rebuild
     * drops its schema and throws {@link RebuildCancelledException}.
     */
    public RebuildReport rebuild(String schema, Options options, RebuildProgress progress) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("A rebuild schema is named rebuild_[a-z0-9_]+, not " + schema);
        }
        if (options.repair() && !isPostgres()) {
            throw new IllegalArgumentException("A repair swaps tables in on PostgreSQL only");
        }
        try {
            return run(schema, options, progress);
        } catch (RuntimeException e) {
            if (!options.keep()) {
                dropSchema(schema);
                dropSchema(parkingFor(schema));
            }
            throw e;
        }
    }

    private RebuildReport run(String schema, Options options, RebuildProgress progress) {
        boolean keep = options.keep();
        // a repair swaps the rebuilt tables in: they need every index, as kept ones do
        boolean complete = keep || options.repair();
        Instant started = clock.instant();
        progress.start(storedEvents.count());
        dropSchema(schema);
        LedgerSchema.migrateReadModel(dataSource, schema);
        ReadModelTables tables = new ReadModelTables(schema);
        boolean postgres = isPostgres();
        if (postgres) {
            setLogged(tables, false);
        }
        List<AnnotationEventHandlerAdapter> handlers = projections.stream()
                .filter(p -> !async.keeps(p))
                .map(p -> new AnnotationEventHandlerAdapter(p.handlerFor(jdbc, tables)))
                .toList();
        Instant replayStarted = clock.instant();
        progress.phase(RebuildProgress.Phase.REPLAYING);
        GapTracker position = new GapTracker(0, settings.gapTimeout());
        long[] replayed = {0};
        Mode mode = mode();
        if (mode == Mode.BULK) {
            replayed[0] += new BulkReplay(
                            new EventCursor(dataSource, settings.batchSize()),
                            storedEvents.decoder(),
                            settings.threads(),
                            clock)
                    .replay(projections, position, new BulkTableWriter(dataSource, tables, complete), progress);
        } else if (settings.mode() == Mode.BULK) {
            log.warn(
                    "Rebuilding statement by statement: not every projection can fold in memory ({})",
                    projections.stream()
                            .filter(p -> !p.foldsInMemory())
                            .map(ProjectionDefinition::name)
                            .toList());
        }
        long caughtUp = System.nanoTime();
        progress.phase(RebuildProgress.Phase.CATCHING_UP);
        List<ProcessorReplay> processors = processorReplays(tables, position);
        catchUp(position, handlers, replayed, postgres, progress);
        for (ProcessorReplay processor : processors) {
            batchTransaction.executeWithoutResult(tx -> {
                relaxDurability(postgres);
                processor.advanceTo(processorReached(processor), clock.instant());
            });
        }
        long compared = System.nanoTime();
        progress.phase(RebuildProgress.Phase.COMPARING);
        List<String> owned =
                projections.stream().flatMap(p -> p.tables().stream()).toList();
        List<TableComparison> comparisons =
                postgres ? compareInParallel(position, handlers, processors, replayed, owned, tables, progress) : null;
        if (comparisons == null) {
            comparisons = compareInOneTransaction(
                    position, handlers, processors, replayed, owned, tables, postgres, progress);
        }
        boolean repaired = false;
        if (options.repair() && !comparisons.stream().allMatch(TableComparison::equal)) {
            progress.phase(RebuildProgress.Phase.SWAPPING);
            setLogged(tables, true);
            swapIn(schema, owned, position, handlers, processors, replayed, progress);
            repaired = true;
        }
        log.info(
                "Rebuild into {}: catch-up {} ms, tail and comparison {} ms",
                schema,
                (compared - caughtUp) / 1_000_000,
                (System.nanoTime() - compared) / 1_000_000);
        Duration replay = Duration.between(replayStarted, clock.instant());
        if (!keep) {
            dropSchema(schema);
            dropSchema(parkingFor(schema));
        } else if (postgres && !repaired) {
            setLogged(tables, true);
        }
        progress.phase(RebuildProgress.Phase.DONE);
        return new RebuildReport(
                schema,
                keep,
                mode.name().toLowerCase(),
                replayed[0],
                position.last(),
                replay,
                Duration.between(started, clock.instant()),
                comparisons,
                repaired);
    }

    /** Where a repair parks the live tables it replaced: kept with the rebuild's schema, or dropped with it. */
    private static String parkingFor(String schema) {
        return schema + "_replaced";
    }

    /**
     * Swaps every rebuilt table in for its live one, atomically: in one transaction that holds every live table
     * (ACCESS EXCLUSIVE: reads and writes of the read model wait), the events appended since the comparison are
     * replayed into the rebuilt tables, then each live table moves to the parking schema and its rebuilt twin takes
     * its place. Writers that appended an event but wait for a table apply it to the new table once the swap
     * commits (PostgreSQL looks the name up again after a wait). The locks are asked for with a short timeout and
     * asked again after a pause, so a writer waits at most that long, and a deadlock with one never forms.
     */
    private void swapIn(
            String schema,
            List<String> owned,
            GapTracker position,
            List<AnnotationEventHandlerAdapter> handlers,
            List<ProcessorReplay> processors,
            long[] replayed,
            RebuildProgress progress) {
        String live = jdbc.queryForObject("SELECT current_schema()", String.class);
        String parking = parkingFor(schema);
        dropSchema(parking);
        jdbc.execute("CREATE SCHEMA " + parking);
        ReadModelTables rebuilt = new ReadModelTables(schema);
        ReadModelTables current = new ReadModelTables(live);
        for (int attempt = 1; ; attempt++) {
            progress.checkCancelled();
            long started = System.nanoTime();
            try {
                batchTransaction.executeWithoutResult(tx -> {
                    jdbc.execute("SET LOCAL lock_timeout = '" + SWAP_LOCK_TIMEOUT + "'");
                    // the asynchronous processors first: a batch of theirs takes its token row before it writes
                    Map<ProcessorReplay, ProcessorPosition> held = new LinkedHashMap<>();
                    processors.forEach(processor ->
                            held.put(processor, async.positions().positionForUpdate(processor.processor())));
                    jdbc.execute("LOCK TABLE "
                            + String.join(", ", owned.stream().map(current::of).toList())
                            + " IN ACCESS EXCLUSIVE MODE");
                    while (replayBatch(position, handlers, replayed, progress) > 0) {
                        // the events committed since the comparison
                    }
                    // the events the held processors applied since the comparison
                    held.forEach((processor, at) -> processor.advanceTo(at, clock.instant()));
                    for (String table : owned) {
                        jdbc.execute("ALTER TABLE " + current.of(table) + " SET SCHEMA " + parking);
                        jdbc.execute("ALTER TABLE " + rebuilt.of(table) + " SET SCHEMA " + live);
                    }
                });
                log.info(
                        "Repair: rebuilt tables swapped in (attempt {}, live tables held {} ms)",
                        attempt,
                        (System.nanoTime() - started) / 1_000_000);
                return;
            } catch (DataAccessException busy) {
                if (!isLockTimeout(busy)) {
                    throw busy;
                }
                if (attempt >= SWAP_ATTEMPTS) {
                    throw new IllegalStateException(
                            "The live tables stayed busy through " + attempt + " attempts to swap", busy);
                }
                pause();
            }
        }
    }

    /**
     * Whether the swap's lock wait timed out (55P03; Spring 6 leaves it uncategorized) or lost a deadlock (40P01):
     * both mean "busy, try again".
     */
    private static boolean isLockTimeout(DataAccessException e) {
        if (e instanceof PessimisticLockingFailureException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("55P03".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(50); // lets the writers that queued behind the attempt through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RebuildCancelledException();
        }
    }

    /**
     * The replays of the asynchronous processors' projections, standing where the bulk fold left every projection
     * (or at the start of the history when replaying statement by statement).
     */
    private List<ProcessorReplay> processorReplays(ReadModelTables tables, GapTracker folded) {
        Map<String, List<AnnotationEventHandlerAdapter>> byProcessor = new LinkedHashMap<>();
        projections.stream()
                .filter(async::keeps)
                .forEach(p -> byProcessor
                        .computeIfAbsent(async.processors().get(p.name()), k -> new ArrayList<>())
                        .add(new AnnotationEventHandlerAdapter(p.handlerFor(jdbc, tables))));
        GapTracker start = mode() == Mode.BULK ? folded : new GapTracker(0, settings.gapTimeout());
        return byProcessor.entrySet().stream()
                .map(e -> new ProcessorReplay(
                        e.getKey(),
                        e.getValue(),
                        storedEvents,
                        jdbc,
                        settings.batchSize(),
                        settings.gapTimeout(),
                        start))
                .toList();
    }

    /**
     * Where the processor stands once it has applied everything the replay has (waits for it, at most the gap
     * timeout: a processor that cannot get past an event would never let its tables be compared).
     */
    private ProcessorPosition processorReached(ProcessorReplay processor) {
        Instant deadline = clock.instant().plus(settings.gapTimeout());
        while (true) {
            ProcessorPosition at =
                    async.positions().position(processor.processor()).orElse(ProcessorPosition.NOTHING);
            if (processor.within(at)) {
                return at;
            }
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("The read model processor " + processor.processor()
                        + " stands at " + at.index() + ", behind the rebuild's " + processor.last()
                        + " for longer than " + settings.gapTimeout() + ": its tables cannot be compared");
            }
            pause();
        }
    }

    private ProcessorPositions.Frozen freeze(List<ProcessorReplay> processors) {
        return processors.isEmpty()
                ? null
                : async.positions()
                        .freeze(processors.stream()
                                .map(ProcessorReplay::processor)
                                .toList());
    }

    /** Replays, one committed transaction per batch, until a batch comes back short. */
    private void catchUp(
            GapTracker position,
            List<AnnotationEventHandlerAdapter> handlers,
            long[] replayed,
            boolean postgres,
            RebuildProgress progress) {
        int read;
        do {
            progress.checkCancelled();
            read = batchTransaction.execute(tx -> {
                relaxDurability(postgres);
                return replayBatch(position, handlers, replayed, progress);
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
            List<ProcessorReplay> processors,
            long[] replayed,
            List<String> owned,
            ReadModelTables tables,
            RebuildProgress progress) {
        SnapshotComparisons comparisons = new SnapshotComparisons(dataSource, settings.threads(), COMPARISON_WORK_MEM);
        for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
            for (ProcessorReplay processor : processors) {
                processorReached(processor); // no freeze while a processor is still behind the replay
            }
            // the asynchronous processors are held still (their tokens locked) for the comparison: their rebuilt
            // tables are replayed to exactly where they stand, and they stay there until the snapshot is compared
            try (ProcessorPositions.Frozen frozen = freeze(processors)) {
                boolean behind = false;
                for (ProcessorReplay processor : processors) {
                    ProcessorPosition at = frozen.position(processor.processor());
                    if (!processor.within(at)) {
                        behind = true;
                        break;
                    }
                    batchTransaction.executeWithoutResult(tx -> {
                        relaxDurability(true);
                        processor.advanceTo(at, clock.instant());
                    });
                }
                if (!behind) {
                    List<TableComparison> compared = snapshotTransaction.execute(tx -> {
                        String snapshot = jdbc.queryForObject("SELECT pg_export_snapshot()", String.class);
                        if (!storedEvents
                                .next(position.last(), position.gaps(), 1)
                                .isEmpty()) {
                            return null;
                        }
                        return comparisons.compare(snapshot, owned, tables);
                    });
                    if (compared != null) {
                        return compared;
                    }
                }
            }
            catchUp(position, handlers, replayed, true, progress);
        }
        log.info(
                "Appends kept arriving during {} snapshots: comparing in the replaying transaction", SNAPSHOT_ATTEMPTS);
        return null;
    }

    /** The last stretch replayed in one repeatable-read transaction, then every table compared in it, one by one. */
    private List<TableComparison> compareInOneTransaction(
            GapTracker position,
            List<AnnotationEventHandlerAdapter> handlers,
            List<ProcessorReplay> processors,
            long[] replayed,
            List<String> owned,
            ReadModelTables tables,
            boolean postgres,
            RebuildProgress progress) {
        for (ProcessorReplay processor : processors) {
            processorReached(processor);
        }
        return snapshotTransaction.execute(tx -> {
            if (postgres) {
                jdbc.execute("SET LOCAL work_mem = '" + COMPARISON_WORK_MEM + "'"); // grouping in memory
            }
            while (replayBatch(position, handlers, replayed, progress) > 0) {
                // the tail, seen in the same snapshot as the live tables
            }
            for (ProcessorReplay processor : processors) {
                // the processor's token, in the same snapshot as its tables
                ProcessorPosition at =
                        async.positions().position(processor.processor()).orElse(ProcessorPosition.NOTHING);
                if (!processor.within(at)) {
                    throw new IllegalStateException("Processor " + processor.processor() + " went back");
                }
                processor.advanceTo(at, clock.instant());
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

    private int replayBatch(
            GapTracker position,
            List<AnnotationEventHandlerAdapter> handlers,
            long[] replayed,
            RebuildProgress progress) {
        progress.checkCancelled();
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
        progress.replayed(batch.events().size());
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
