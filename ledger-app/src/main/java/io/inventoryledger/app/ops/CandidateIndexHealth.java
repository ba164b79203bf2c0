package io.inventoryledger.app.ops;

import io.inventoryledger.projections.candidateindex.CandidateIndex;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness: the in-memory candidate index holds a full load of the read tables and its last update worked. */
@Component("candidateIndexHealthIndicator") // contributor "candidateIndex"
class CandidateIndexHealth implements HealthIndicator {
    private final CandidateIndex index;

    CandidateIndexHealth(CandidateIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        return (index.isLoaded() ? Health.up() : Health.down())
                .withDetail("loaded_at", index.loadedAt().toString())
                .build();
    }
}
