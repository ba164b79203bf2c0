package io.inventoryledger.app.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.LedgerApplication;
import io.inventoryledger.app.support.Claims;
import io.inventoryledger.app.support.Concurrently;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes (two application contexts, two real servers) on one database: the last-unit race run through
 * both ends exactly as on one node, and each node reads the other's writes at once.
 */
class TwoNodeClaimRaceTest extends LedgerServerTest {
    private ConfigurableApplicationContext secondNode;
    private PlacementClient nodeB;

    @BeforeEach
    void startSecondNode() {
        // As arguments: they must win over application.properties (server.port=${LEDGER_PORT:8778}).
        secondNode = new SpringApplicationBuilder(LedgerApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.hikari.maximum-pool-size=16",
                        "--spring.datasource.hikari.minimum-idle=2");
        int port = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
        nodeB = PlacementClient.admin("http://127.0.0.1:" + port);
    }

    @AfterEach
    void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void theLastUnitRaceThroughTwoNodesLeavesExactlyTenWinners() throws Exception {
        String rp = UUID.randomUUID().toString();
        api.post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + rp + "\"}");
        assertThat(nodeB.put(
                                "/resource_providers/" + rp + "/inventories",
                                "{\"resource_provider_generation\":0," + "\"inventories\":{\"VCPU\":{\"total\":10}}}")
                        .status())
                .isEqualTo(200);
        String body = Claims.vcpu(rp, 1);
        List<Callable<Reply>> claims = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            PlacementClient node = (i % 2 == 0 ? api : nodeB).microversion("1.28");
            claims.add(() -> node.put("/allocations/" + UUID.randomUUID(), body));
        }

        Map<Integer, Long> byStatus =
                Concurrently.run(claims).stream().collect(Collectors.groupingBy(Reply::status, Collectors.counting()));

        assertThat(byStatus).containsOnlyKeys(204, 409);
        assertThat(byStatus.get(204)).isEqualTo(10);
        for (PlacementClient node : List.of(api, nodeB)) {
            Reply usages = node.get("/resource_providers/" + rp + "/usages");
            assertThat((Integer) usages.json("$.usages.VCPU")).isEqualTo(10);
            assertThat((Integer) usages.json("$.resource_provider_generation")).isEqualTo(11);
        }
        assertThat((Boolean) nodeB.get("/ledger/ops/consistency").json("$.consistent"))
                .isTrue();
    }

    @Test
    void aStormOfClaimsMovesAndReleasesThroughTwoNodesLeavesUsageEqualToTheAllocations() throws Exception {
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String rp = Providers.withInventory(api, "storm-" + i, "{\"VCPU\":{\"total\":12}}");
            hosts.add(rp);
        }
        // each worker owns its consumers (so that its writes to one consumer are in order) and goes through both nodes
        List<Callable<List<Integer>>> workers = new ArrayList<>();
        for (int w = 0; w < 16; w++) {
            int worker = w;
            workers.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                List<UUID> consumers = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
                for (int round = 0; round < 12; round++) {
                    PlacementClient node = ((worker + round) % 2 == 0 ? api : nodeB).microversion("1.12");
                    UUID consumer = consumers.get(round % consumers.size());
                    if (round % 4 == 3) {
                        statuses.add(node.delete("/allocations/" + consumer).status());
                    } else {
                        String host = hosts.get((worker + round) % hosts.size()); // a claim, or a move
                        statuses.add(node.put(
                                        "/allocations/" + consumer,
                                        "{\"allocations\":{\"" + host + "\":{\"resources\":{\"VCPU\":" + (1 + round % 2)
                                                + "}}},\"project_id\":\"p\",\"user_id\":\"u\"}")
                                .status());
                    }
                }
                return statuses;
            });
        }

        List<Integer> statuses = new ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(workers.size());
        try {
            for (var result : pool.invokeAll(workers)) {
                statuses.addAll(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // refusals are capacity (409) or releasing what a refused claim never made (404); never anything else
        assertThat(statuses).containsAnyOf(204).isSubsetOf(204, 404, 409);
        for (String host : hosts) {
            Map<String, Integer> usages =
                    nodeB.get("/resource_providers/" + host + "/usages").json("$.usages");
            assertThat(usages.getOrDefault("VCPU", 0)).isLessThanOrEqualTo(12);
        }
        assertThat((Boolean) api.get("/ledger/ops/consistency").json("$.consistent"))
                .isTrue();
    }
}
