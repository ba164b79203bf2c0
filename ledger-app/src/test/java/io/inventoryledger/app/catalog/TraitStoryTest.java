package io.inventoryledger.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraitStoryTest extends LedgerServerTest {

    @Test
    void aCustomTraitIsCreatedOnceAndListedWithTheStandardOnes() {
        assertThat(api.put("/traits/CUSTOM_FAST", null).status()).isEqualTo(201);
        assertThat(api.put("/traits/CUSTOM_FAST", null).status()).isEqualTo(204);

        List<String> all = api.get("/traits").json("$.traits");
        assertThat(all)
                .contains("CUSTOM_FAST", "HW_CPU_X86_AVX2", "MISC_SHARES_VIA_AGGREGATE")
                .hasSize(346);
        assertThat(api.get("/traits?name=startswith:CUSTOM_").<List<String>>json("$.traits"))
                .containsExactly("CUSTOM_FAST");
        assertThat(api.get("/traits?name=in:CUSTOM_FAST,HW_CPU_X86_AVX2").<List<String>>json("$.traits"))
                .containsExactly("CUSTOM_FAST", "HW_CPU_X86_AVX2");
        assertThat(api.get("/traits/CUSTOM_FAST").status()).isEqualTo(204);
    }

    @Test
    void badTraitNamesAreRefusedAndNothingIsStored() {
        for (String name : List.of("CUSTOM_lower", "FAST", "CUSTOM_" + "A".repeat(249), "HW_CPU_X86_AVX2")) {
            assertThat(api.put("/traits/" + name, null).status()).as(name).isEqualTo(400);
        }
        assertThat(api.get("/traits?name=startswith:CUSTOM_").<List<String>>json("$.traits"))
                .isEmpty();
    }

    @Test
    void settingAProvidersTraitsMovesItsGenerationByOne() {
        api.put("/traits/CUSTOM_FAST", null);
        String provider = provider();

        Reply set = setTraits(provider, 0, "\"CUSTOM_FAST\",\"HW_CPU_X86_AVX2\"");

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.<Integer>json("$.resource_provider_generation")).isEqualTo(1);
        assertThat(set.<List<String>>json("$.traits")).containsExactly("CUSTOM_FAST", "HW_CPU_X86_AVX2");
        assertThat(api.get("/traits?associated=true").<List<String>>json("$.traits"))
                .containsExactly("CUSTOM_FAST", "HW_CPU_X86_AVX2");
        assertThat(api.delete("/resource_providers/" + provider + "/traits").status())
                .isEqualTo(204);
        Reply after = api.get("/resource_providers/" + provider + "/traits");
        assertThat(after.<Integer>json("$.resource_provider_generation")).isEqualTo(2);
        assertThat(after.<List<String>>json("$.traits")).isEmpty();
    }

    @Test
    void unknownTraitsAreRefusedAndTheProviderIsUnchanged() {
        String provider = provider();

        Reply set = setTraits(provider, 0, "\"CUSTOM_NOPE\",\"HW_CPU_X86_AVX2\"");

        assertThat(set.status()).isEqualTo(400);
        assertThat(set.body()).contains("No such trait CUSTOM_NOPE");
        Reply after = api.get("/resource_providers/" + provider + "/traits");
        assertThat(after.<Integer>json("$.resource_provider_generation")).isZero();
        assertThat(after.<List<String>>json("$.traits")).isEmpty();
    }

    @Test
    void aStaleGenerationIsAConcurrentUpdate() {
        String provider = provider();
        setTraits(provider, 0, "\"HW_CPU_X86_AVX2\"");

        Reply stale = setTraits(provider, 0, "\"HW_CPU_X86_SSE\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("placement.concurrent_update");
    }

    @Test
    void aTraitAProviderHasCannotBeDeletedUntilItIsRemoved() {
        api.put("/traits/CUSTOM_FAST", null);
        String provider = provider();
        setTraits(provider, 0, "\"CUSTOM_FAST\"");

        Reply inUse = api.delete("/traits/CUSTOM_FAST");
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.body()).contains("The trait CUSTOM_FAST is in use by a resource provider.");

        api.delete("/resource_providers/" + provider + "/traits");
        assertThat(api.delete("/traits/CUSTOM_FAST").status()).isEqualTo(204);
        assertThat(api.get("/traits/CUSTOM_FAST").status()).isEqualTo(404);
    }

    @Test
    void standardTraitsCannotBeDeleted() {
        Reply reply = api.delete("/traits/HW_CPU_X86_SSE");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Cannot delete standard trait HW_CPU_X86_SSE");
    }

    private Reply setTraits(String provider, int generation, String traits) {
        return api.put(
                "/resource_providers/" + provider + "/traits",
                "{\"resource_provider_generation\":" + generation + ",\"traits\":[" + traits + "]}");
    }

    private String provider() {
        return Providers.create(api);
    }
}
