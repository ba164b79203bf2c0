package io.inventoryledger.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import java.util.UUID;

/** What the fuzzer aims at: two providers (one the other's child) with inventory, traits, an aggregate and a consumer. */
record SeededWorld(String root, String child, String consumer, String aggregate) {
    static final String CUSTOM_CLASS = "CUSTOM_FUZZ";
    static final String CUSTOM_TRAIT = "CUSTOM_FUZZ";

    static SeededWorld create(PlacementClient api) {
        SeededWorld world = new SeededWorld(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        expect(api.post("/resource_providers", "{\"name\":\"fuzz-root\",\"uuid\":\"" + world.root + "\"}"));
        expect(api.post(
                "/resource_providers",
                "{\"name\":\"fuzz-child\",\"uuid\":\"" + world.child + "\",\"parent_provider_uuid\":\"" + world.root
                        + "\"}"));
        expect(api.put("/resource_classes/" + CUSTOM_CLASS, null));
        expect(api.put("/traits/" + CUSTOM_TRAIT, null));
        for (String provider : List.of(world.root, world.child)) {
            expect(api.put(
                    "/resource_providers/" + provider + "/inventories",
                    "{\"resource_provider_generation\":0,\"inventories\":{\"VCPU\":{\"total\":64},"
                            + "\"MEMORY_MB\":{\"total\":65536},\"" + CUSTOM_CLASS + "\":{\"total\":10}}}"));
            expect(api.put(
                    "/resource_providers/" + provider + "/traits",
                    "{\"resource_provider_generation\":1,\"traits\":[\"HW_CPU_X86_AVX\",\"" + CUSTOM_TRAIT + "\"]}"));
            expect(api.put(
                    "/resource_providers/" + provider + "/aggregates",
                    "{\"resource_provider_generation\":2,\"aggregates\":[\"" + world.aggregate + "\"]}"));
        }
        expect(
                api.put(
                        "/allocations/" + world.consumer,
                        "{\"allocations\":{\"" + world.root + "\":{\"resources\":{\"VCPU\":2}}},"
                                + "\"project_id\":\"fuzz\",\"user_id\":\"fuzz\",\"consumer_generation\":null,\"consumer_type\":\"INSTANCE\"}"));
        return world;
    }

    private static void expect(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 204);
    }
}
