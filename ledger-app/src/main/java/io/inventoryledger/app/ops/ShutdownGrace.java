package io.inventoryledger.app.ops;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM Spring Boot turns readiness DOWN, then stops the web server gracefully (requests in flight finish, new
 * connections are refused). This keeps serving for {@code ledger.shutdown.readiness-grace} in between, so that load
 * balancers polling readiness take the node out before it refuses anything.
 */
@Component
class ShutdownGrace {
    private static final Logger log = LoggerFactory.getLogger(ShutdownGrace.class);

    private final Duration grace;

    ShutdownGrace(@Value("${ledger.shutdown.readiness-grace:0s}") Duration grace) {
        this.grace = grace;
    }

    @EventListener(ContextClosedEvent.class)
    void keepServingWhileReadinessIsDown() throws InterruptedException {
        if (!grace.isZero()) {
            log.info("Shutting down: readiness is DOWN, still serving for {}", grace);
            Thread.sleep(grace.toMillis());
        }
    }
}
