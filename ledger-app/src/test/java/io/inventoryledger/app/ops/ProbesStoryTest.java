package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import io.inventoryledger.projections.candidateindex.CandidateIndexFollower;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An orchestrator probes without credentials: liveness says the process works, readiness that the node may
 * take traffic (database, candidate index loaded, event processors not behind); the lag is a metric too.
 */
@TestPropertySource(properties = "ledger.health.max-processor-lag=2")
class ProbesStoryTest extends LedgerServerTest {
    @Autowired
    EventProcessingConfiguration processing;

    private PlacementClient anonymous() {
        return api.withHeader("X-Auth-Token", null);
    }

    @Test
    void probesAnswerWithoutATokenAndReadinessNamesWhatItWaitsFor() {
        Reply live = anonymous().get("/ledger/ops/health/liveness");
        Reply ready = api.get("/ledger/ops/health/readiness");

        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat((String) live.json("$.status")).isEqualTo("UP");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat((String) ready.json("$.components.db.status")).isEqualTo("UP");
        assertThat((String) ready.json("$.components.candidateIndex.status")).isEqualTo("UP");
        assertThat((String) ready.json("$.components.eventProcessors.status")).isEqualTo("UP");
        assertThat((String) ready.json("$.components.readinessState.status")).isEqualTo("UP");
    }

    @Test
    void aFollowerThatFallsBehindMakesTheNodeNotReadyUntilItCatchesUp() {
        StreamingEventProcessor follower = (StreamingEventProcessor) processing
                .eventProcessor(CandidateIndexFollower.PROCESSING_GROUP)
                .orElseThrow();
        follower.shutDown();
        try {
            for (int i = 0; i < 4; i++) {
                Providers.create(api, "lag-" + i);
            }
            Reply behind = api.get("/ledger/ops/health/readiness");
            assertThat(behind.status()).as(behind.toString()).isEqualTo(503);
            assertThat((String) behind.json("$.components.eventProcessors.status"))
                    .isEqualTo("DOWN");
            assertThat(anonymous().get("/ledger/ops/health/liveness").status()).isEqualTo(200);
            assertThat(lagMetric()).isGreaterThan(2);
        } finally {
            follower.start();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(anonymous().get("/ledger/ops/health/readiness").status()).isEqualTo(200);
            assertThat(lagMetric()).isZero();
        });
    }

    private double lagMetric() {
        Reply metric = api.get("/ledger/ops/metrics/ledger.event_processor.lag?tag=processor:"
                + CandidateIndexFollower.PROCESSING_GROUP);
        assertThat(metric.status()).as(metric.toString()).isEqualTo(200);
        return ((Number) metric.json("$.measurements[0].value")).doubleValue();
    }
}
