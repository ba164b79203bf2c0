package io.inventoryledger.app.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProviderAggregatesStoryTest extends LedgerServerTest {
    private static final String AGG_1 = "f918801a-5e54-4bee-9095-09a9d0c786b8";
    private static final String AGG_2 = "a893eb5c-e2a0-4251-ab26-f71d3b0cfc0b";

    @Test
    void from119SettingAggregatesMovesTheGenerationByOne() {
        String provider = provider();

        Reply set = setAggregates(provider, 0, AGG_1, AGG_2);

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.<Integer>json("$.resource_provider_generation")).isEqualTo(1);
        Reply read = api.get(path(provider));
        assertThat(read.<List<String>>json("$.aggregates")).containsExactly(AGG_1, AGG_2);
        assertThat(read.<Integer>json("$.resource_provider_generation")).isEqualTo(1);
    }

    @Test
    void below119SettingAggregatesLeavesTheGenerationAlone() {
        String provider = provider();

        Reply set = api.microversion("1.18").put(path(provider), "[\"" + AGG_1 + "\"]");

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).doesNotContain("resource_provider_generation");
        assertThat(api.get(path(provider)).<List<String>>json("$.aggregates")).containsExactly(AGG_1);
        assertThat(api.get("/resource_providers/" + provider).<Integer>json("$.generation"))
                .isZero();
    }

    @Test
    void duplicateAggregatesAreRefusedAndNothingIsStored() {
        String provider = provider();

        Reply set = setAggregates(provider, 0, AGG_1, AGG_1);

        assertThat(set.status()).isEqualTo(400);
        assertThat(set.body()).contains("has non-unique elements");
        assertThat(api.get(path(provider)).<List<String>>json("$.aggregates")).isEmpty();
        assertThat(api.get(path(provider)).<Integer>json("$.resource_provider_generation"))
                .isZero();
    }

    @Test
    void aStaleGenerationIsAConcurrentUpdate() {
        String provider = provider();
        setAggregates(provider, 0, AGG_1);

        Reply stale = setAggregates(provider, 0);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("placement.concurrent_update");
        assertThat(api.get(path(provider)).<List<String>>json("$.aggregates")).containsExactly(AGG_1);
    }

    @Test
    void aProviderCreatedAgainStartsWithoutAggregatesOrTraits() {
        String provider = provider();
        setAggregates(provider, 0, AGG_1);
        api.put(
                "/resource_providers/" + provider + "/traits",
                "{\"resource_provider_generation\":1,\"traits\":[\"HW_CPU_X86_AVX2\"]}");
        api.delete("/resource_providers/" + provider);

        api.post("/resource_providers", "{\"name\":\"again\",\"uuid\":\"" + provider + "\"}");

        assertThat(api.get(path(provider)).<List<String>>json("$.aggregates")).isEmpty();
        assertThat(api.get("/resource_providers/" + provider + "/traits").<List<String>>json("$.traits"))
                .isEmpty();
        assertThat(api.get("/resource_providers?member_of=" + AGG_1).<List<Object>>json("$.resource_providers"))
                .isEmpty();
    }

    /** PUTs the provider's aggregates (from microversion 1.19, with the generation the caller knows). */
    private Reply setAggregates(String provider, int generation, String... aggregates) {
        String list = Arrays.stream(aggregates).map(a -> "\"" + a + "\"").collect(Collectors.joining(","));
        return api.put(
                path(provider), "{\"resource_provider_generation\":" + generation + ",\"aggregates\":[" + list + "]}");
    }

    private static String path(String provider) {
        return "/resource_providers/" + provider + "/aggregates";
    }

    private String provider() {
        return Providers.create(api);
    }
}
