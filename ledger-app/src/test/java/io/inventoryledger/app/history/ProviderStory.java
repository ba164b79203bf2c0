package io.inventoryledger.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import java.time.Instant;
import java.util.UUID;

/**
 * One provider's life through the API: inventories, traits, aggregates, two claims (the first with a caller's
 * valid global request id, the second with an invalid one), a release, a rename, a reshape, a release, a delete and a re-create with new inventory.
 */
record ProviderStory(
        String provider, String first, String second, String aggregate, String claimId, Instant startedAt) {
    private static final String PROJECT = "6f1c5ad0-8b2e-4b8e-9f0a-6a1b2c3d4e5f";
    private static final String USER = "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901";

    /** The uuids of a story: the provider, its two consumers, its aggregate. */
    record Ids(String provider, String first, String second, String aggregate) {
        static Ids random() {
            return new Ids(
                    UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(),
                    UUID.randomUUID().toString());
        }
    }

    static ProviderStory tell(PlacementClient api, String globalRequestId) {
        return tell(api, globalRequestId, Ids.random(), () -> {});
    }

    /** Tells the story, calling {@code afterEachWrite} after every write. */
    static ProviderStory tell(PlacementClient api, String globalRequestId, Ids ids, Runnable afterEachWrite) {
        Instant startedAt = Instant.now().minusMillis(1);
        String rp = ids.provider();
        String first = ids.first();
        String second = ids.second();
        String aggregate = ids.aggregate();
        write(afterEachWrite, api.post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + rp + "\"}"));
        write(
                afterEachWrite,
                api.put(
                        "/resource_providers/" + rp + "/inventories",
                        "{\"resource_provider_generation\":0,"
                                + "\"inventories\":{\"VCPU\":{\"total\":8},\"MEMORY_MB\":{\"total\":4096,\"reserved\":512}}}"));
        write(afterEachWrite, api.put("/traits/CUSTOM_GPU_FAST", null));
        write(
                afterEachWrite,
                api.put(
                        "/resource_providers/" + rp + "/traits",
                        "{\"resource_provider_generation\":1,\"traits\":[\"HW_CPU_X86_AVX2\",\"CUSTOM_GPU_FAST\"]}"));
        write(
                afterEachWrite,
                api.put(
                        "/resource_providers/" + rp + "/aggregates",
                        "{\"resource_provider_generation\":2,\"aggregates\":[\"" + aggregate + "\"]}"));
        Reply claim = write(
                afterEachWrite,
                api.withHeader("X-OpenStack-Request-ID", globalRequestId)
                        .put("/allocations/" + first, claim(rp, "{\"VCPU\":2,\"MEMORY_MB\":1024}", null)));
        write(
                afterEachWrite,
                api.withHeader("X-OpenStack-Request-ID", "req-not-a-uuid")
                        .put("/allocations/" + second, claim(rp, "{\"VCPU\":4}", null)));
        write(afterEachWrite, api.delete("/allocations/" + first));
        write(afterEachWrite, api.put("/resource_providers/" + rp, "{\"name\":\"cn1-renamed\"}"));
        write(
                afterEachWrite,
                api.post(
                        "/reshaper",
                        "{\"inventories\":{\"" + rp + "\":{\"resource_provider_generation\":5,"
                                + "\"inventories\":{\"VCPU\":{\"total\":16}}}},\"allocations\":{\"" + second
                                + "\":{\"allocations\":{\"" + rp + "\":{\"resources\":{\"VCPU\":6}}},\"project_id\":\""
                                + PROJECT
                                + "\",\"user_id\":\"" + USER
                                + "\",\"consumer_generation\":1,\"consumer_type\":\"INSTANCE\"}}}"));
        write(afterEachWrite, api.delete("/allocations/" + second));
        write(afterEachWrite, api.delete("/resource_providers/" + rp));
        write(afterEachWrite, api.post("/resource_providers", "{\"name\":\"cn1-again\",\"uuid\":\"" + rp + "\"}"));
        write(
                afterEachWrite,
                api.put(
                        "/resource_providers/" + rp + "/inventories",
                        "{\"resource_provider_generation\":0," + "\"inventories\":{\"VCPU\":{\"total\":4}}}"));
        return new ProviderStory(rp, first, second, aggregate, claim.header("openstack-request-id"), startedAt);
    }

    private static String claim(String provider, String resources, Object generation) {
        return "{\"allocations\":{\"" + provider + "\":{\"resources\":" + resources + "}},\"project_id\":\""
                + PROJECT + "\",\"user_id\":\"" + USER + "\",\"consumer_generation\":" + generation
                + ",\"consumer_type\":\"INSTANCE\"}";
    }

    private static Reply write(Runnable afterEachWrite, Reply reply) {
        ok(reply);
        afterEachWrite.run();
        return reply;
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 204);
        return reply;
    }
}
