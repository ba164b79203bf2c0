package io.inventoryledger.app.ops;

import io.inventoryledger.projections.consistency.ConsistencyCheck;
import io.inventoryledger.projections.consistency.ConsistencyReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the consistency check (on request, and every {@code ledger.consistency.check-interval} when set) and keeps
 * its last verdict as metrics: {@code ledger.consistency.consistent} (1 or 0; absent until a check ran),
 * {@code ledger.consistency.problems} and {@code ledger.consistency.over.capacity}.
 */
@Component
class ConsistencyVerdict implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ConsistencyVerdict.class);

    private final ConsistencyCheck check;
    private final AtomicReference<ConsistencyReport> last = new AtomicReference<>();
    private final ScheduledExecutorService timer;

    ConsistencyVerdict(
            ConsistencyCheck check,
            MeterRegistry meters,
            @Value("${ledger.consistency.check-interval:0s}") Duration every) {
        this.check = check;
        Gauge.builder("ledger.consistency.consistent", last, r -> verdict(r.get()))
                .description("1 when the last consistency check found the ledger adding up, 0 when not")
                .register(meters);
        Gauge.builder("ledger.consistency.problems", last, r -> count(r.get(), false))
                .description("inconsistencies the last consistency check found")
                .register(meters);
        Gauge.builder("ledger.consistency.over.capacity", last, r -> count(r.get(), true))
                .description("resource classes allocated beyond capacity at the last consistency check")
                .register(meters);
        if (every.isZero() || every.isNegative()) {
            timer = null;
        } else {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "consistency-check");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(this::runScheduled, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    ConsistencyReport run() {
        ConsistencyReport report = check.run();
        last.set(report);
        if (!report.consistent()) {
            log.warn("Consistency check: {} problems: {}", report.problems().size(), report.problems());
        }
        return report;
    }

    private void runScheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("Scheduled consistency check failed", e);
        }
    }

    private static double verdict(ConsistencyReport report) {
        return report == null ? Double.NaN : report.consistent() ? 1 : 0;
    }

    private static double count(ConsistencyReport report, boolean overCapacity) {
        if (report == null) {
            return Double.NaN;
        }
        return overCapacity ? report.overCapacity().size() : report.problems().size();
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
