package io.inventoryledger.projections.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.DomainEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk of a rebuild: the history streams out of the event store through one cursor, is decoded in parallel,
 * and is folded in global order, on one thread, through the projections' own handlers over in-memory stores
 * ({@link MemoryReadModel}); every table is then written once, in bulk, several tables at a time. Folding in
 * global order on one thread keeps every cross-stream fact (a child's root, a consumer's usage on a provider)
 * exactly as a sequential replay computes it; the parallel parts (decoding, writing) hold no order.
 */
final class BulkReplay {
    private static final Logger log = LoggerFactory.getLogger(BulkReplay.class);
    private static final List<DomainEventMessage<?>> END = List.of();

    private final EventCursor cursor;
    private final EventDecoder decoder;
    private final int threads;
    private final Clock clock;

    BulkReplay(EventCursor cursor, EventDecoder decoder, int threads, Clock clock) {
        this.cursor = cursor;
        this.decoder = decoder;
        this.threads = threads;
        this.clock = clock;
    }

    /** Replays every event after {@code position.last()} into {@code writer}'s tables; returns the events replayed. */
    long replay(
            List<ProjectionDefinition> projections,
            GapTracker position,
            BulkTableWriter writer,
            RebuildProgress progress) {
        MemoryReadModel model = new MemoryReadModel();
        List<FoldHandler> handlers = projections.stream()
                .map(p -> new FoldHandler(p.handlerFor(model)))
                .toList();
        long started = System.nanoTime();
        long replayed = fold(handlers, position, progress);
        long folded = System.nanoTime();
        progress.phase(RebuildProgress.Phase.WRITING);
        writeTables(model, projections, writer, threads);
        log.info(
                "Bulk rebuild: {} events read and folded in {} ms ({}), tables written in {} ms",
                replayed,
                (folded - started) / 1_000_000,
                decoder.describe(),
                (System.nanoTime() - folded) / 1_000_000);
        return replayed;
    }

    private long fold(List<FoldHandler> handlers, GapTracker position, RebuildProgress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1, daemon("rebuild-decode"));
        BlockingQueue<Future<List<DomainEventMessage<?>>>> decoded = new ArrayBlockingQueue<>(2 * threads + 2);
        AtomicBoolean stop = new AtomicBoolean();
        long after = position.last();
        try {
            Future<?> reading = pool.submit(() -> {
                try {
                    cursor.readAfter(after, rows -> {
                        Instant now = clock.instant();
                        rows.forEach(
                                row -> position.observe(row.globalIndex(), () -> Instant.parse(row.timestamp()), now));
                        put(decoded, pool.submit(() -> decoder.decode(rows)), stop);
                    });
                } finally {
                    put(decoded, CompletableFuture.completedFuture(END), stop);
                }
                return null;
            });
            long replayed = 0;
            Map<Class<?>, List<FoldHandler>> interested = new HashMap<>();
            for (List<DomainEventMessage<?>> events = take(decoded); events != END; events = take(decoded)) {
                for (DomainEventMessage<?> event : events) {
                    // which handlers take an event depends on its payload type only: ask Axon once per type
                    for (FoldHandler handler : interested.computeIfAbsent(
                            event.getPayloadType(),
                            type -> handlers.stream()
                                    .filter(h -> h.canHandle(event))
                                    .toList())) {
                        handler.handle(event);
                    }
                }
                replayed += events.size();
                progress.replayed(events.size());
                progress.checkCancelled();
            }
            reading.get();
            return replayed;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The bulk rebuild failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The bulk rebuild was interrupted", e);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }

    /** Every table the projections own, several at a time; a table no store holds (or an unowned one) is a bug. */
    static void writeTables(
            MemoryReadModel model, List<ProjectionDefinition> projections, BulkTableWriter writer, int threads) {
        Set<String> owned = new HashSet<>();
        projections.forEach(p -> owned.addAll(p.tables()));
        Set<String> dumped = new HashSet<>();
        List<Map.Entry<Integer, Runnable>> writes = new ArrayList<>();
        model.dumpTo((table, columns, rows) -> {
            if (!owned.contains(table) || !dumped.add(table)) {
                throw new IllegalStateException("An in-memory store dumped table " + table
                        + ", which no projection owns or which was dumped twice");
            }
            int size = rows instanceof java.util.Collection<?> all ? all.size() : 0;
            writes.add(Map.entry(size, () -> writer.write(table, columns, rows)));
        });
        if (!dumped.equals(owned)) {
            owned.removeAll(dumped);
            throw new IllegalStateException("No in-memory store holds the tables " + owned);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("rebuild-write"));
        try {
            // the largest tables first, so that no writer is left with a big one at the end
            List<Future<?>> done = writes.stream()
                    .sorted(Map.Entry.<Integer, Runnable>comparingByKey().reversed())
                    .<Future<?>>map(write -> pool.submit(write.getValue()))
                    .toList();
            for (Future<?> write : done) {
                write.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Writing the rebuilt tables failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the rebuilt tables", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> void put(BlockingQueue<T> queue, T item, AtomicBoolean stop) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new CancellationException("the fold stopped"); // ends the cursor too
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event store", e);
        }
    }

    private static List<DomainEventMessage<?>> take(BlockingQueue<Future<List<DomainEventMessage<?>>>> queue)
            throws InterruptedException, ExecutionException {
        return queue.take().get();
    }

    /** Daemon threads named {@code name}: a rebuild's helpers never keep the service from stopping. */
    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
