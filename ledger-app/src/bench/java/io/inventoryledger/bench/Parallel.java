package io.inventoryledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/** Bounded, self-stopping worker loops: every loop ends at its deadline or when its step says so. */
final class Parallel {
    private Parallel() {}

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

    /**
     * Runs {@code step(worker)} on {@code threads} threads in windows of {@code window}, as JMH warms up a benchmark,
     * until the rate of {@code done} (counted by the steps) in the last {@value #STEADY_WINDOWS} windows varies by at
     * most {@code tolerance} of the highest, or {@code limit} has passed, or a step returns false. A JVM service keeps
     * compiling its hot paths for minutes under load on two CPUs; a CPython one has nothing to compile and settles in
     * the first windows. Returns each window's rate per second.
     */
    static List<Double> warmUp(
            int threads, Duration window, Duration limit, double tolerance, LongAdder done, IntPredicate step) {
        List<Double> rates = new ArrayList<>();
        if (limit.isZero()) {
            return rates;
        }
        AtomicBoolean stop = new AtomicBoolean();
        runAll(
                threads,
                worker -> {
                    while (!stop.get() && step.test(worker)) {
                        // the step is the work
                    }
                    stop.set(true); // a step that says stop ends the warm-up for all
                },
                () -> {
                    try {
                        long deadline = System.nanoTime() + limit.toNanos();
                        long windowStart = System.nanoTime();
                        long before = done.sum();
                        while (!stop.get() && System.nanoTime() < deadline && !steady(rates, tolerance)) {
                            long end = Math.min(deadline, windowStart + window.toNanos());
                            while (!stop.get() && System.nanoTime() < end) {
                                Thread.sleep(Math.max(1, Math.min(100, (end - System.nanoTime()) / 1_000_000)));
                            }
                            long now = System.nanoTime();
                            long count = done.sum();
                            rates.add((count - before) * 1e9 / (now - windowStart));
                            windowStart = now;
                            before = count;
                        }
                    } finally {
                        stop.set(true);
                    }
                });
        return rates;
    }

    private static final int STEADY_WINDOWS = 3;

    private static boolean steady(List<Double> rates, double tolerance) {
        if (rates.size() < STEADY_WINDOWS) {
            return false;
        }
        List<Double> last = rates.subList(rates.size() - STEADY_WINDOWS, rates.size());
        double max = last.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double min = last.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return max > 0 && (max - min) <= tolerance * max;
    }

    /** The rates of {@link #warmUp}, for a report line: "95 → 140 → 180 /s, 10 s windows". */
    static String describe(List<Double> rates, Duration window) {
        if (rates.isEmpty()) {
            return "none";
        }
        return rates.stream().map(r -> String.format("%.0f", r)).collect(Collectors.joining(" → ")) + " /s, "
                + window.toSeconds() + " s windows";
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
        runAll(threads, body, () -> {});
    }

    /** What the calling thread does while the workers run; it must make them end. */
    @FunctionalInterface
    private interface Meanwhile {
        void run() throws InterruptedException;
    }

    private static void runAll(int threads, Consumer<Integer> body, Meanwhile meanwhile) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int worker = 0; worker < threads; worker++) {
                int index = worker;
                futures.add(pool.submit(() -> body.accept(index)));
            }
            meanwhile.run();
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
