package io.inventoryledger.app.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.inventoryledger.app.LedgerApplication;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two nodes on one database: what one node writes reaches the other node's candidate index within moments. */
class CandidateIndexAcrossNodesStoryTest extends LedgerServerTest {
    private static ConfigurableApplicationContext secondNode;

    @BeforeAll
    static void startSecondNode() {
        // A command-line argument, so that it wins over application.properties' server.port.
        secondNode = new SpringApplicationBuilder(LedgerApplication.class)
                .profiles("test")
                .run("--server.port=0");
    }

    @AfterAll
    static void stopSecondNode() {
        secondNode.close();
    }

    /**
     * The base class empties the ledger through this node; the reset writes no events, so the other node's index
     * would keep whatever it loaded before (earlier test classes' providers): reset through it too.
     */
    @BeforeEach
    void emptyTheOtherNodesIndex() {
        assertThat(other().post("/ledger/testing/reset", "{}").status()).isEqualTo(204);
    }

    private PlacementClient other() {
        int port = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
        return PlacementClient.admin("http://127.0.0.1:" + port).microversion("1.39");
    }

    @Test
    void providersAndClaimsMadeOnOneNodeReachTheOthersCandidates() {
        CandidateWorld here = new CandidateWorld(api);
        String cn = here.provider("cn");
        here.inventories(cn, "\"VCPU\":{\"total\":8}");

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat((Map<String, Object>) other().get("/allocation_candidates?resources=VCPU:8")
                                        .json("$.provider_summaries"))
                                .containsOnlyKeys(cn));

        String consumer = new CandidateWorld(other()).claim("\"" + cn + "\":{\"resources\":{\"VCPU\":5}}");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat((Integer) api.microversion("1.39")
                                .get("/allocation_candidates?resources=VCPU:1")
                                .json("$.provider_summaries['" + cn + "'].resources.VCPU.used"))
                        .isEqualTo(5));

        here.release(consumer);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat((Integer) other().get("/allocation_candidates?resources=VCPU:1")
                                .json("$.provider_summaries['" + cn + "'].resources.VCPU.used"))
                        .isEqualTo(0));
    }
}
