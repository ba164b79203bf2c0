package io.inventoryledger.app.ops;

import io.inventoryledger.projections.rebuild.ProjectionRebuild;
import io.inventoryledger.projections.rebuild.RebuildCancelledException;
import io.inventoryledger.projections.rebuild.RebuildLease;
import io.inventoryledger.projections.rebuild.RebuildProgress;
import io.inventoryledger.projections.rebuild.RebuildReport;
import io.inventoryledger.projections.slice.ReadModelSlices;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs rebuilds as jobs: started in the background, watched (progress in {@link RebuildJob} and in the log every
 * {@code ledger.rebuild.progress-log-interval}), cancellable, and one at a time across every node of the database
 * ({@link RebuildLease}). A repair that swapped tables in reloads every read model's in-memory state on this node.
 * Jobs are remembered per node, the last {@value #REMEMBERED} of them.
 */
@Component
class RebuildJobs implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(RebuildJobs.class);
    private static final int REMEMBERED = 20;

    private final ProjectionRebuild rebuild;
    private final RebuildLease lease;
    private final ReadModelSlices slices;
    private final Duration logEvery;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, RebuildJob> jobs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService threads = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "rebuild-job");
        thread.setDaemon(true);
        return thread;
    });

    RebuildJobs(
            ProjectionRebuild rebuild,
            RebuildLease lease,
            ReadModelSlices slices,
            @Value("${ledger.rebuild.progress-log-interval:PT10S}") Duration logEvery) {
        this.rebuild = rebuild;
        this.lease = lease;
        this.slices = slices;
        this.logEvery = logEvery;
    }

    /** Whether a repair can swap tables in here (PostgreSQL). */
    boolean canRepair() {
        return rebuild.canRepair();
    }

    /** The job, started in the background; empty when a rebuild runs already on this node or another. */
    Optional<RebuildJob> start(ProjectionRebuild.Options options) {
        Optional<RebuildLease.Held> held = lease.tryAcquire();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        RebuildJob job = newJob(options);
        Map<String, String> context = MDC.getCopyOfContextMap(); // the request that started it, in its log lines
        threads.execute(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                run(job, held.get());
            } finally {
                MDC.clear();
            }
        });
        return Optional.of(job);
    }

    /** Runs a rebuild on the calling thread; empty when a rebuild runs already on this node or another. */
    Optional<RebuildJob> runNow(ProjectionRebuild.Options options) {
        Optional<RebuildLease.Held> held = lease.tryAcquire();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        RebuildJob job = newJob(options);
        run(job, held.get());
        return Optional.of(job);
    }

    Optional<RebuildJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private RebuildJob newJob(ProjectionRebuild.Options options) {
        RebuildJob job =
                new RebuildJob(UUID.randomUUID().toString(), options, new RebuildProgress(clock), clock.instant());
        jobs.put(job.id(), job);
        if (jobs.size() > REMEMBERED) {
            jobs.values().stream()
                    .filter(j -> j.state() != RebuildJob.State.RUNNING)
                    .min((a, b) -> a.startedAt().compareTo(b.startedAt()))
                    .ifPresent(oldest -> jobs.remove(oldest.id()));
        }
        return job;
    }

    private void run(RebuildJob job, RebuildLease.Held held) {
        String schema = ProjectionRebuild.schemaNameFor(job.startedAt());
        ScheduledFuture<?> logging = threads.scheduleAtFixedRate(
                () -> log.info("Rebuild {}: {}", job.id(), job.progress().snapshot()),
                logEvery.toMillis(),
                logEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        try (held) {
            log.info(
                    "Rebuilding every projection into schema {} (job {}: {})",
                    schema,
                    job.id(),
                    describe(job.options()));
            RebuildReport report = rebuild.rebuild(schema, job.options(), job.progress());
            if (report.repaired()) {
                slices.all().forEach(slice -> slice.reload().run());
            }
            job.succeeded(report, clock.instant());
            log.info(
                    "Rebuild {}: {} events in {} ({} events/s); rebuilt equals live: {}{}",
                    job.id(),
                    report.events(),
                    report.replay(),
                    Math.round(report.eventsPerSecond()),
                    report.equal(),
                    report.repaired() ? "; the rebuilt tables were swapped in" : "");
            report.tables().stream()
                    .filter(t -> !t.equal())
                    .forEach(t -> log.warn("Rebuild {}: table differs: {}", job.id(), t));
        } catch (RebuildCancelledException cancelled) {
            job.cancelled(clock.instant());
            log.info("Rebuild {} cancelled at {}", job.id(), job.progress().snapshot());
        } catch (RuntimeException e) {
            job.failed(String.valueOf(e.getMessage()), clock.instant());
            log.error("Rebuild {} failed", job.id(), e);
        } finally {
            logging.cancel(false);
        }
    }

    private static String describe(ProjectionRebuild.Options options) {
        return (options.repair() ? "repair" : "check") + (options.keep() ? ", schema kept" : "");
    }

    @Override
    public void destroy() {
        jobs.values().forEach(job -> job.progress().cancel());
        threads.shutdownNow();
    }
}
