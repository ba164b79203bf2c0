package io.inventoryledger.app.ops;

import io.inventoryledger.projections.rebuild.ProjectionRebuild;
import io.inventoryledger.projections.rebuild.RebuildReport;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs one rebuild at a time on this node, and logs what it found. */
@Component
class ProjectionRebuilds {
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final ProjectionRebuild rebuild;
    private final AtomicBoolean running = new AtomicBoolean();

    ProjectionRebuilds(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** The report, or empty when a rebuild is running already. */
    Optional<RebuildReport> run(boolean keep) {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            String schema = ProjectionRebuild.schemaNameFor(Instant.now());
            log.info("Rebuilding every projection into schema {}", schema);
            RebuildReport report = rebuild.rebuild(schema, keep);
            log.info(
                    "Rebuilt {} events in {} ({} events/s); rebuilt equals live: {}",
                    report.events(),
                    report.replay(),
                    Math.round(report.eventsPerSecond()),
                    report.equal());
            report.tables().stream().filter(t -> !t.equal()).forEach(t -> log.warn("Rebuilt table differs: {}", t));
            return Optional.of(report);
        } finally {
            running.set(false);
        }
    }
}
