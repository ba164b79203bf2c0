package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.UUID;

/** A history made through the API with every kind of provider event, re-parenting and a uuid used twice. */
final class ProviderHistory {
    private ProviderHistory() {}

    private static void putInventories(PlacementClient api, String uuid, int generation, String inventories) {
        Reply put = api.put(
                "/resource_providers/" + uuid + "/inventories",
                "{\"resource_provider_generation\":" + generation + ",\"inventories\":" + inventories + "}");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    /** Leaves three inventory rows, five providers and six used uuids behind. */
    static void build(PlacementClient api) {
        String root = Providers.create(api, "root");
        String other = Providers.create(api, "other");
        String child = Providers.create(api, "child", root);
        Providers.create(api, "grandchild", child);
        putInventories(api, root, 0, "{\"VCPU\":{\"total\":8},\"DISK_GB\":{\"total\":100,\"reserved\":10}}");
        putInventories(api, child, 0, "{\"MEMORY_MB\":{\"total\":1024,\"allocation_ratio\":1.5}}");
        assertThat(api.post(
                                "/resource_providers/" + other + "/inventories",
                                "{\"resource_class\":\"VCPU\",\"total\":4}")
                        .status())
                .isEqualTo(201);
        assertThat(api.delete("/resource_providers/" + root + "/inventories/DISK_GB")
                        .status())
                .isEqualTo(204);
        assertThat(api.put(
                                "/resource_providers/" + child,
                                "{\"name\":\"moved\",\"parent_provider_uuid\":\"" + other + "\"}")
                        .status())
                .isEqualTo(200);
        String gone = Providers.create(api, "gone");
        putInventories(api, gone, 0, "{\"VCPU\":{\"total\":2}}");
        assertThat(api.delete("/resource_providers/" + gone).status()).isEqualTo(204);
        assertThat(api.post("/resource_providers", "{\"name\":\"back\",\"uuid\":\"" + gone + "\"}")
                        .status())
                .isEqualTo(200);
        catalogAndClaims(api, root, other);
    }

    /** Custom classes and traits, provider traits and aggregates, and allocations made, moved and released. */
    private static void catalogAndClaims(PlacementClient api, String root, String other) {
        assertThat(api.put("/resource_classes/CUSTOM_GPU", null).status()).isEqualTo(201);
        assertThat(api.put("/traits/CUSTOM_FAST", null).status()).isEqualTo(201);
        int generation = api.get("/resource_providers/" + root).json("$.generation");
        Reply traits = api.put(
                "/resource_providers/" + root + "/traits",
                "{\"resource_provider_generation\":" + generation
                        + ",\"traits\":[\"CUSTOM_FAST\",\"HW_CPU_X86_AVX2\"]}");
        assertThat(traits.status()).as(traits.toString()).isEqualTo(200);
        Reply aggregates = api.put(
                "/resource_providers/" + root + "/aggregates",
                "{\"resource_provider_generation\":" + (generation + 1) + ",\"aggregates\":[\"" + UUID.randomUUID()
                        + "\"]}");
        assertThat(aggregates.status()).as(aggregates.toString()).isEqualTo(200);
        String kept = UUID.randomUUID().toString();
        String released = UUID.randomUUID().toString();
        claim(api, kept, root, "{\"VCPU\":2}", "null");
        claim(api, released, other, "{\"VCPU\":1}", "null");
        claim(api, released, root, "{\"VCPU\":1}", "1");
        assertThat(api.delete("/allocations/" + released).status()).isEqualTo(204);
    }

    private static void claim(
            PlacementClient api, String consumer, String provider, String resources, String consumerGeneration) {
        Reply put = api.put(
                "/allocations/" + consumer,
                "{\"allocations\":{\"" + provider + "\":{\"resources\":"
                        + resources + "}},\"project_id\":\"p\",\"user_id\":\"u\",\"consumer_generation\":"
                        + consumerGeneration + ",\"consumer_type\":\"INSTANCE\"}");
        assertThat(put.status()).as(put.toString()).isEqualTo(204);
    }
}
