package io.inventoryledger.app.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET|POST /resource_providers and GET|PUT|DELETE /resource_providers/{uuid}, told through the API. */
class ResourceProviderRoutesStoryTest extends LedgerServerTest {

    private String create(String name) {
        return Providers.create(api, name);
    }

    @Test
    void createdBelow120WithLocationAndNoBody() {
        String uuid = UUID.randomUUID().toString();
        Reply created =
                api.microversion("1.19").post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + uuid + "\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("location")).isEqualTo(baseUrl() + "/resource_providers/" + uuid);
        assertThat(created.body()).isEmpty();
    }

    @Test
    void createdFrom120WithTheProviderAtGenerationZero() {
        Reply created = api.post("/resource_providers", "{\"name\":\"cn1\"}");

        assertThat(created.status()).isEqualTo(200);
        assertThat((Integer) created.json("$.generation")).isZero();
        String uuid = created.json("$.uuid");
        assertThat(created.<String>json("$.root_provider_uuid")).isEqualTo(uuid);
        assertThat(created.header("location")).isEqualTo(baseUrl() + "/resource_providers/" + uuid);
        assertThat(created.header("cache-control")).isEqualTo("no-cache");
        assertThat(created.header("last-modified")).endsWith(" GMT");
    }

    @Test
    void aSecondProviderWithTheSameNameIsADuplicate() {
        create("cn1");

        Reply again = api.post("/resource_providers", "{\"name\":\"cn1\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("placement.duplicate_name");
        assertThat(api.get("/resource_providers").<List<?>>json("$.resource_providers"))
                .hasSize(1);
    }

    @Test
    void aSecondProviderWithTheSameUuidIsADuplicate() {
        String uuid = create("cn1");

        Reply again = api.post("/resource_providers", "{\"name\":\"cn2\",\"uuid\":\"" + uuid + "\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("placement.duplicate_name");
        assertThat(again.<String>json("$.errors[0].detail")).contains("Conflicting resource provider uuid: " + uuid);
    }

    @Test
    void theListFiltersByNameAndByUuid() {
        String first = create("cn1");
        String second = create("cn2");

        assertThat(api.get("/resource_providers").<List<?>>json("$.resource_providers"))
                .hasSize(2);
        assertThat(api.get("/resource_providers?name=cn2").<List<String>>json("$.resource_providers[*].uuid"))
                .containsExactly(second);
        assertThat(api.get("/resource_providers?uuid=" + first).<List<String>>json("$.resource_providers[*].name"))
                .containsExactly("cn1");
        assertThat(api.get("/resource_providers?name=nope").<List<?>>json("$.resource_providers"))
                .isEmpty();
    }

    @Test
    void theListRefusesAnUnknownFilterAndABadUuid() {
        Reply unknown = api.get("/resource_providers?spam=eggs");
        Reply badUuid = api.get("/resource_providers?uuid=not-a-uuid");
        Reply tooEarly = api.microversion("1.2").get("/resource_providers?member_of=x");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.<String>json("$.errors[0].detail"))
                .contains("Invalid query string parameters: "
                        + "Additional properties are not allowed ('spam' was unexpected)");
        assertThat(unknown.errorCode()).isEqualTo("placement.undefined_code");
        assertThat(badUuid.status()).isEqualTo(400);
        assertThat(badUuid.<String>json("$.errors[0].detail")).contains("'not-a-uuid' is not a 'uuid'");
        assertThat(tooEarly.status()).isEqualTo(400);
    }

    @Test
    void showsAProviderAndAnswers404ForAnUnknownOne() {
        String uuid = create("cn1");

        Reply shown = api.get("/resource_providers/" + uuid);
        Reply missing = api.get("/resource_providers/" + UUID.randomUUID());

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.<String>json("$.name")).isEqualTo("cn1");
        assertThat((Integer) shown.json("$.generation")).isZero();
        assertThat(shown.<List<String>>json("$.links[*].rel"))
                .contains("self", "inventories", "usages", "aggregates", "traits", "allocations");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("placement.undefined_code");
    }

    @Test
    void renamingKeepsTheGeneration() {
        String uuid = create("cn1");

        Reply renamed = api.put("/resource_providers/" + uuid, "{\"name\":\"cn1-renamed\"}");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.<String>json("$.name")).isEqualTo("cn1-renamed");
        assertThat((Integer) renamed.json("$.generation")).isZero();
        assertThat(api.get("/resource_providers/" + uuid).<String>json("$.name"))
                .isEqualTo("cn1-renamed");
    }

    @Test
    void renamingToATakenNameIsADuplicate() {
        create("cn1");
        String second = create("cn2");

        Reply renamed = api.put("/resource_providers/" + second, "{\"name\":\"cn1\"}");

        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.errorCode()).isEqualTo("placement.duplicate_name");
        assertThat(api.get("/resource_providers/" + second).<String>json("$.name"))
                .isEqualTo("cn2");
    }

    @Test
    void renamingAnUnknownProviderIs404() {
        Reply renamed = api.put("/resource_providers/" + UUID.randomUUID(), "{\"name\":\"x\"}");

        assertThat(renamed.status()).isEqualTo(404);
        assertThat(renamed.errorCode()).isEqualTo("placement.undefined_code");
    }

    @Test
    void deletedProvidersAreGone() {
        String uuid = create("cn1");

        Reply deleted = api.delete("/resource_providers/" + uuid);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/resource_providers/" + uuid).status()).isEqualTo(404);
        Reply again = api.delete("/resource_providers/" + uuid);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.errorCode()).isEqualTo("placement.undefined_code");
    }
}
