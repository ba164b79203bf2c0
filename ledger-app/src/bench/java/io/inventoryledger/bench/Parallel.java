package io.inventoryledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/** Bounded, self-stopping worker loops: every loop ends at its deadline or when its step says so. */
final class Parallel {
    private Parallel() {
    }

    /**
     * Runs {@code step(worker)} over and over on {@code threads} threads until {@code limit} has passed or the step
     * returns false. Returns the wall time the loops took.
     */
    static Duration loop(int threads, Duration limit, IntPredicate step) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        runAll(threads, worker -> {
            while (System.nanoTime() < deadline && step.test(worker)) {
                // the step is the work
            }
        });
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Applies {@code action} to every item on {@code threads} threads; rethrows the first failure. */
    static <T> void forEach(int threads, List<T> items, Consumer<T> action) {
        AtomicInteger next = new AtomicInteger();
        runAll(threads, worker -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                action.accept(items.get(i));
            }
        });
    }

    private static void runAll(int threads, Consumer<Integer> body) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int worker = 0; worker < threads; worker++) {
                int index = worker;
                futures.add(pool.submit(() -> body.accept(index)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
