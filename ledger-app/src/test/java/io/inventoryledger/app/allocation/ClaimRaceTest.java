package io.inventoryledger.app.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.Concurrently;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many schedulers racing for the same capacity: nothing over-committed, no deadlock, never a 500. */
class ClaimRaceTest extends LedgerServerTest {

    private String provider(String name, int vcpu) {
        String uuid = UUID.randomUUID().toString();
        api.post("/resource_providers", "{\"name\":\"" + name + "\",\"uuid\":\"" + uuid + "\"}");
        assertThat(api.put(
                                "/resource_providers/" + uuid + "/inventories",
                                "{\"resource_provider_generation\":0," + "\"inventories\":{\"VCPU\":{\"total\":" + vcpu
                                        + "}}}")
                        .status())
                .isEqualTo(200);
        return uuid;
    }

    private static String claim(Map<String, Integer> vcpuByProvider) {
        String allocations = vcpuByProvider.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":{\"resources\":{\"VCPU\":" + e.getValue() + "}}")
                .collect(Collectors.joining(","));
        return "{\"allocations\":{" + allocations
                + "},\"project_id\":\"p\",\"user_id\":\"u\",\"consumer_generation\":null}";
    }

    /** Claims each body for a new consumer, all at once, and returns the statuses. */
    private List<Integer> race(List<String> bodies) throws Exception {
        PlacementClient client = api.microversion("1.28");
        List<Callable<Reply>> requests = new ArrayList<>();
        bodies.forEach(body -> requests.add(() -> client.put("/allocations/" + UUID.randomUUID(), body)));
        return Concurrently.run(requests).stream().map(Reply::status).toList();
    }

    @Test
    void sixtyFourClaimsForTheLastTenUnitsLeaveExactlyTenWinners() throws Exception {
        String rp = provider("cn1", 10);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            bodies.add(claim(Map.of(rp, 1)));
        }

        Map<Integer, Long> byStatus =
                race(bodies).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(byStatus).containsOnlyKeys(204, 409);
        assertThat(byStatus.get(204)).isEqualTo(10);
        assertThat((Integer) api.get("/resource_providers/" + rp + "/usages").json("$.usages.VCPU"))
                .isEqualTo(10);
        assertThat((Boolean) api.get("/ledger/ops/consistency").json("$.consistent"))
                .isTrue();
    }

    @Test
    void crossedClaimsOverTwoProvidersNeitherDeadlockNorOvercommit() throws Exception {
        String a = provider("cn-a", 20);
        String b = provider("cn-b", 20);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            // Insertion order differs: half name A first, half B first.
            Map<String, Integer> crossed = new java.util.LinkedHashMap<>();
            crossed.put(i % 2 == 0 ? a : b, 1);
            crossed.put(i % 2 == 0 ? b : a, 1);
            bodies.add(claim(crossed));
        }

        List<Integer> statuses = race(bodies);

        assertThat(statuses).containsOnly(204, 409);
        long won = statuses.stream().filter(s -> s == 204).count();
        assertThat(won).isBetween(1L, 20L);
        assertThat((Integer) api.get("/resource_providers/" + a + "/usages").json("$.usages.VCPU"))
                .isEqualTo((int) won);
        assertThat((Integer) api.get("/resource_providers/" + b + "/usages").json("$.usages.VCPU"))
                .isEqualTo((int) won);
        assertThat((Boolean) api.get("/ledger/ops/consistency").json("$.consistent"))
                .isTrue();
    }
}
