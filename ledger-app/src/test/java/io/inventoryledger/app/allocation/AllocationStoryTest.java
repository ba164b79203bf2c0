package io.inventoryledger.app.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllocationStoryTest extends LedgerServerTest {
    private static final String PROJECT = "6f0ea47e-5b1a-4bd8-9b7f-3b0b9e0c0a01";
    private static final String USER = "0f6c3f4b-1a5e-4a43-a0d5-7b3a1c2d9e02";

    private String provider(String name, int vcpu, int disk) {
        return Providers.withInventory(
                api, name, "{\"VCPU\":{\"total\":" + vcpu + "},\"DISK_GB\":{\"total\":" + disk + "}}");
    }

    private Integer vcpuUsed(String provider) {
        return api.get("/resource_providers/" + provider + "/usages").json("$.usages.VCPU");
    }

    private static String claim(String provider, int vcpu, Object generation) {
        return "{\"allocations\":{\"" + provider + "\":{\"resources\":{\"VCPU\":" + vcpu + "}}},\"project_id\":\""
                + PROJECT + "\",\"user_id\":\"" + USER + "\",\"consumer_generation\":" + generation + "}";
    }

    @Test
    void aClaimMovesTheProviderGenerationAndTheConsumerStartsAtGenerationOne() {
        String rp = provider("cn1", 8, 100);
        String consumer = UUID.randomUUID().toString();

        assertThat(api.microversion("1.28")
                        .put("/allocations/" + consumer, claim(rp, 2, null))
                        .status())
                .isEqualTo(204);

        Reply got = api.microversion("1.38").get("/allocations/" + consumer);
        assertThat((Integer) got.json("$.allocations['" + rp + "'].resources.VCPU"))
                .isEqualTo(2);
        assertThat((Integer) got.json("$.allocations['" + rp + "'].generation")).isEqualTo(2);
        assertThat((Integer) got.json("$.consumer_generation")).isEqualTo(1);
        assertThat((String) got.json("$.consumer_type")).isEqualTo("unknown");
        assertThat(vcpuUsed(rp)).isEqualTo(2);
    }

    @Test
    void aStaleConsumerGenerationIsRefusedAndNothingChanges() {
        String rp = provider("cn1", 8, 100);
        String consumer = UUID.randomUUID().toString();
        PlacementClient v128 = api.microversion("1.28");
        v128.put("/allocations/" + consumer, claim(rp, 2, null));

        Reply stale = v128.put("/allocations/" + consumer, claim(rp, 4, 7));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("placement.concurrent_update");
        assertThat(vcpuUsed(rp)).isEqualTo(2);
    }

    @Test
    void overCapacityIsAConflictWithPlacementsWording() {
        String rp = provider("cn1", 4, 100);
        Reply refused = api.microversion("1.28").put("/allocations/" + UUID.randomUUID(), claim(rp, 5, null));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body())
                .contains("Unable to allocate inventory: Unable to create allocation for 'VCPU'"
                        + " on resource provider '" + rp + "'. The requested amount would exceed the capacity.");
    }

    @Test
    void theListFormatOfEarlyMicroversionsFillsInTheIncompleteConsumer() {
        String rp = provider("cn1", 8, 100);
        String consumer = UUID.randomUUID().toString();
        String body =
                "{\"allocations\":[{\"resource_provider\":{\"uuid\":\"" + rp + "\"},\"resources\":{\"DISK_GB\":10}}]}";

        assertThat(api.microversion("1.7").put("/allocations/" + consumer, body).status())
                .isEqualTo(204);

        Reply got = api.microversion("1.12").get("/allocations/" + consumer);
        assertThat((String) got.json("$.project_id")).isEqualTo("00000000-0000-0000-0000-000000000000");
        Reply old = api.microversion("1.11").get("/allocations/" + consumer);
        assertThat(old.body()).doesNotContain("project_id");
    }

    @Test
    void postWritesSeveralConsumersAllOrNothing() {
        String rp = provider("cn1", 2, 100);
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String body = "{\"" + a + "\":" + claim(rp, 1, null) + ",\"" + b + "\":" + claim(rp, 2, null) + "}";

        Reply refused = api.microversion("1.28").post("/allocations", body);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get("/allocations/" + a).body()).isEqualTo("{\"allocations\":{}}");
        assertThat(vcpuUsed(rp)).isZero();
    }

    @Test
    void deletingAllocationsEndsTheConsumerWhichMayComeBackAtGenerationOne() {
        String rp = provider("cn1", 8, 100);
        String consumer = UUID.randomUUID().toString();
        PlacementClient v128 = api.microversion("1.28");
        v128.put("/allocations/" + consumer, claim(rp, 2, null));

        assertThat(api.delete("/allocations/" + consumer).status()).isEqualTo(204);
        assertThat(api.delete("/allocations/" + consumer).status()).isEqualTo(404);
        assertThat(v128.put("/allocations/" + consumer, claim(rp, 3, null)).status())
                .isEqualTo(204);
        assertThat((Integer) v128.get("/allocations/" + consumer).json("$.consumer_generation"))
                .isEqualTo(1);
    }

    @Test
    void aProviderWithAllocationsCannotBeDeletedNorLoseItsInventory() {
        String rp = provider("cn1", 8, 100);
        api.microversion("1.28").put("/allocations/" + UUID.randomUUID(), claim(rp, 1, null));

        assertThat(api.delete("/resource_providers/" + rp).errorCode()).isEqualTo("placement.resource_provider.inuse");
        assertThat(api.delete("/resource_providers/" + rp + "/inventories/VCPU").errorCode())
                .isEqualTo("placement.inventory.inuse");
    }

    @Test
    void usagesAreTotalledPerProjectUserAndConsumerType() {
        String rp = provider("cn1", 8, 100);
        String typed = "{\"allocations\":{\"" + rp + "\":{\"resources\":{\"VCPU\":2}}},\"project_id\":\"" + PROJECT
                + "\",\"user_id\":\"" + USER + "\",\"consumer_generation\":null,\"consumer_type\":\"INSTANCE\"}";
        api.microversion("1.38").put("/allocations/" + UUID.randomUUID(), typed);
        api.microversion("1.28").put("/allocations/" + UUID.randomUUID(), claim(rp, 3, null));

        assertThat((Integer) api.microversion("1.9")
                        .get("/usages?project_id=" + PROJECT)
                        .json("$.usages.VCPU"))
                .isEqualTo(5);
        Reply byType = api.microversion("1.38").get("/usages?project_id=" + PROJECT);
        assertThat((Integer) byType.json("$.usages.INSTANCE.VCPU")).isEqualTo(2);
        assertThat((Integer) byType.json("$.usages.unknown.consumer_count")).isEqualTo(1);
        assertThat((Integer) api.microversion("1.38")
                        .get("/usages?project_id=" + PROJECT + "&consumer_type=all")
                        .json("$.usages.all.consumer_count"))
                .isEqualTo(2);
    }

    @Test
    void theReshaperMovesInventoryAndAllocationsAtOnce() {
        String parent = provider("cn1", 8, 100);
        String consumer = UUID.randomUUID().toString();
        api.microversion("1.28").put("/allocations/" + consumer, claim(parent, 2, null));
        String child = UUID.randomUUID().toString();
        api.microversion("1.14")
                .post(
                        "/resource_providers",
                        "{\"name\":\"numa0\",\"uuid\":\"" + child + "\",\"parent_provider_uuid\":\"" + parent + "\"}");
        String body = "{\"inventories\":{\"" + parent + "\":{\"resource_provider_generation\":2,\"inventories\":"
                + "{\"DISK_GB\":{\"total\":100}}},\"" + child
                + "\":{\"resource_provider_generation\":0,\"inventories\":"
                + "{\"VCPU\":{\"total\":8}}}},\"allocations\":{\"" + consumer + "\":{\"allocations\":{\"" + child
                + "\":{\"resources\":{\"VCPU\":2}}},\"project_id\":\"" + PROJECT + "\",\"user_id\":\"" + USER
                + "\",\"consumer_generation\":1}}}";

        assertThat(api.microversion("1.30").post("/reshaper", body).status()).isEqualTo(204);

        assertThat(api.get("/resource_providers/" + parent + "/usages").<Object>json("$.usages"))
                .asString()
                .isEqualTo("{DISK_GB=0}");
        assertThat(vcpuUsed(child)).isEqualTo(2);
    }

    @Test
    void badInputIsAClearRefusalAndStoresNothing() {
        String rp = provider("cn1", 8, 100);
        String consumer = UUID.randomUUID().toString();
        PlacementClient v128 = api.microversion("1.28");
        Map<String, String> bodies = Map.of(
                "zero amount", claim(rp, 0, null),
                "negative amount", claim(rp, -1, null),
                "malformed generation", claim(rp, 1, "\"one\""),
                "unknown field", claim(rp, 1, null).replace("{\"allocations\"", "{\"cow\":1,\"allocations\""),
                "missing project", claim(rp, 1, null).replace("\"project_id\":\"" + PROJECT + "\",", ""),
                "list format at 1.28",
                        "{\"allocations\":[],\"project_id\":\"p\",\"user_id\":\"u\"," + "\"consumer_generation\":null}",
                "unknown class", claim(rp, 1, null).replace("VCPU", "COWS"));
        bodies.forEach((why, body) -> {
            Reply refused = v128.put("/allocations/" + consumer, body);
            assertThat(refused.status()).as(why).isEqualTo(400);
            assertThat(refused.errorCode()).as(why).isEqualTo("placement.undefined_code");
        });
        assertThat(v128.put("/allocations/not-a-uuid", claim(rp, 1, null)).status())
                .isEqualTo(400);
        assertThat(api.get("/allocations/" + consumer).body()).isEqualTo("{\"allocations\":{}}");
        assertThat((Integer) api.get("/resource_providers/" + rp + "/usages").json("$.resource_provider_generation"))
                .isEqualTo(1);
    }

    @Test
    void theConsistencyCheckFindsTheLedgerInBalance() {
        String rp = provider("cn1", 8, 100);
        api.microversion("1.28").put("/allocations/" + UUID.randomUUID(), claim(rp, 2, null));

        Reply report = api.get("/ledger/ops/consistency");

        assertThat((Boolean) report.json("$.consistent")).as(report.body()).isTrue();
        assertThat((Integer) report.json("$.consumers_checked")).isEqualTo(1);
        assertThat(api.withHeader("X-Auth-Token", "user")
                        .get("/ledger/ops/consistency")
                        .status())
                .isEqualTo(403);
    }
}
