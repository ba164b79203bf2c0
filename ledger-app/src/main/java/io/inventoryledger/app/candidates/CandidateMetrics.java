package io.inventoryledger.app.candidates;

import io.inventoryledger.projections.candidates.SearchStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The candidate engine's own figures, per query: CPU time of the search and of the rendering (the calling thread's
 * CPU time, which waiting for a CPU on a busy machine does not inflate, unlike wall time), and the engine's work
 * counters (trees visited, skipped by their capacity summary, opened; combinations examined and kept). Read them at
 * {@code /ledger/ops/metrics/ledger.candidates.cpu} and {@code .../ledger.candidates.trees} etc.
 */
@Component
class CandidateMetrics {
    static final String CPU = "ledger.candidates.cpu";
    static final String TREES = "ledger.candidates.trees";
    static final String COMBINATIONS = "ledger.candidates.combinations";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean cpuTimed = THREADS.isCurrentThreadCpuTimeSupported();
    private final Timer searchCpu;
    private final Timer renderCpu;
    private final Counter visited;
    private final Counter skipped;
    private final Counter opened;
    private final Counter examined;
    private final Counter kept;

    CandidateMetrics(MeterRegistry meters) {
        searchCpu = cpu(meters, "search");
        renderCpu = cpu(meters, "render");
        visited = counter(meters, TREES, "visited");
        skipped = counter(meters, TREES, "skipped");
        opened = counter(meters, TREES, "opened");
        examined = counter(meters, COMBINATIONS, "examined");
        kept = counter(meters, COMBINATIONS, "kept");
    }

    private static Timer cpu(MeterRegistry meters, String phase) {
        return Timer.builder(CPU)
                .tag("phase", phase)
                .description("CPU time of the calling thread per GET /allocation_candidates")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    private static Counter counter(MeterRegistry meters, String name, String outcome) {
        return Counter.builder(name).tag("outcome", outcome).register(meters);
    }

    /** The current thread's CPU time in ns (0 when the JVM cannot tell). */
    long cpuNow() {
        return cpuTimed ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    void searched(long cpuStart, SearchStats stats) {
        if (cpuTimed) {
            searchCpu.record(cpuNow() - cpuStart, TimeUnit.NANOSECONDS);
        }
        visited.increment(stats.treesVisited());
        skipped.increment(stats.treesSkipped());
        opened.increment(stats.treesOpened());
        examined.increment(stats.combinationsExamined());
        kept.increment(stats.combinationsKept());
    }

    void rendered(long cpuStart) {
        if (cpuTimed) {
            renderCpu.record(cpuNow() - cpuStart, TimeUnit.NANOSECONDS);
        }
    }
}
