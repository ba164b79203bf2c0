package io.inventoryledger.app.ops;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: every streaming processor of this node is at most {@code ledger.health.max-processor-lag} events
 * behind the store (else this node's candidate index does not yet show other nodes' recent writes). The asynchronous
 * read models' processors (dashboard, history) are shown but do not count: they are shared by every node, and a
 * node serves Placement as well while they lag (their routes wait or say how far behind they are), so a stuck one
 * must not take every node out of the load balancer.
 */
@Component("eventProcessorsHealthIndicator") // contributor "eventProcessors"
class EventProcessorLagHealth implements HealthIndicator {
    private final EventProcessorLag lag;
    private final long maxLag;

    EventProcessorLagHealth(EventProcessorLag lag, @Value("${ledger.health.max-processor-lag:1000}") long maxLag) {
        this.lag = lag;
        this.maxLag = maxLag;
    }

    @Override
    public Health health() {
        Map<String, Long> lags = lag.lags();
        boolean behind =
                lags.entrySet().stream().anyMatch(e -> !lag.keepsReadModel(e.getKey()) && e.getValue() > maxLag);
        return (behind ? Health.down() : Health.up())
                .withDetail("lag", lags)
                .withDetail("max_lag", maxLag)
                .build();
    }
}
