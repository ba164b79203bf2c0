package io.inventoryledger.app.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import java.util.UUID;

/** Builds providers, trees, traits, aggregates and claims through the API for the candidate stories. */
final class CandidateWorld {
    static final String PROJECT = "6f0ea47e-5b1a-4bd8-9b7f-3b0b9e0c0a01";
    static final String USER = "0f6c3f4b-1a5e-4a43-a0d5-7b3a1c2d9e02";

    private final PlacementClient api;

    CandidateWorld(PlacementClient api) {
        this.api = api.microversion("1.39");
    }

    String provider(String name) {
        return provider(name, null);
    }

    String provider(String name, String parent) {
        return Providers.create(api, name, parent);
    }

    /** Sets inventories, e.g. {@code "\"VCPU\":{\"total\":8}"}; returns nothing: generation read each time. */
    void inventories(String provider, String inventoriesJson) {
        putAtCurrentGeneration(provider, "inventories", "{" + inventoriesJson + "}");
    }

    void traits(String provider, String... traits) {
        putAtCurrentGeneration(provider, "traits", jsonList(traits));
    }

    void aggregates(String provider, String... aggregates) {
        putAtCurrentGeneration(provider, "aggregates", jsonList(aggregates));
    }

    /** PUTs the provider's {@code field} (inventories, traits or aggregates) at its current generation. */
    private void putAtCurrentGeneration(String provider, String field, String valueJson) {
        assertThat(api.put(
                                "/resource_providers/" + provider + "/" + field,
                                "{\"resource_provider_generation\":" + generation(provider) + ",\"" + field + "\":"
                                        + valueJson + "}")
                        .status())
                .isEqualTo(200);
    }

    void customTrait(String name) {
        assertThat(api.put("/traits/" + name, "").status()).isIn(201, 204);
    }

    /** Claims {@code allocationsJson} ({@code "rp":{"resources":{...}}}) for a new consumer; returns it. */
    String claim(String allocationsJson) {
        String consumer = UUID.randomUUID().toString();
        assertThat(api.put(
                                "/allocations/" + consumer,
                                "{\"allocations\":{" + allocationsJson + "},\"project_id\":\"" + PROJECT
                                        + "\",\"user_id\":\"" + USER
                                        + "\",\"consumer_generation\":null,\"consumer_type\":\"INSTANCE\"}")
                        .status())
                .isEqualTo(204);
        return consumer;
    }

    void release(String consumer) {
        assertThat(api.delete("/allocations/" + consumer).status()).isEqualTo(204);
    }

    private int generation(String provider) {
        return api.get("/resource_providers/" + provider).json("$.generation");
    }

    private static String jsonList(String... values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ",").append('"').append(values[i]).append('"');
        }
        return out.append(']').toString();
    }
}
