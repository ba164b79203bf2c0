package io.inventoryledger.app.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The /resource_providers/{uuid}/inventories routes, told through the API, generation by generation. */
class InventoryRoutesStoryTest extends LedgerServerTest {
    private String provider;
    private String inventories;

    @BeforeEach
    void aProvider() {
        provider = UUID.randomUUID().toString();
        assertThat(api.post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + provider + "\"}")
                        .status())
                .isEqualTo(200);
        inventories = "/resource_providers/" + provider + "/inventories";
    }

    private int generation() {
        return api.get("/resource_providers/" + provider).json("$.generation");
    }

    @Test
    void aNewProviderHasNoInventoryAtGenerationZero() {
        Reply listed = api.get(inventories);

        assertThat(listed.status()).isEqualTo(200);
        assertThat((Integer) listed.json("$.resource_provider_generation")).isZero();
        assertThat(listed.<Map<?, ?>>json("$.inventories")).isEmpty();
    }

    @Test
    void replacingAllInventoriesBumpsTheGenerationOnceWithDefaults() {
        Reply put = api.put(
                inventories,
                "{\"resource_provider_generation\":0,\"inventories\":"
                        + "{\"VCPU\":{\"total\":8},\"DISK_GB\":{\"total\":100,\"reserved\":10}}}");

        assertThat(put.status()).isEqualTo(200);
        assertThat((Integer) put.json("$.resource_provider_generation")).isEqualTo(1);
        assertThat((Integer) put.json("$.inventories.VCPU.max_unit")).isEqualTo(2147483647);
        assertThat((Double) put.json("$.inventories.VCPU.allocation_ratio")).isEqualTo(1.0);
        assertThat((Integer) put.json("$.inventories.DISK_GB.reserved")).isEqualTo(10);
        assertThat(generation()).isEqualTo(1);
    }

    @Test
    void replacingWithAStaleGenerationIsAConcurrentUpdate() {
        api.put(inventories, "{\"resource_provider_generation\":0,\"inventories\":{\"VCPU\":{\"total\":8}}}");

        Reply stale = api.put(inventories, "{\"resource_provider_generation\":0,\"inventories\":{}}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("placement.concurrent_update");
        assertThat(api.get(inventories).<Map<String, Object>>json("$.inventories"))
                .containsKey("VCPU");
        assertThat(generation()).isEqualTo(1);
    }

    @Test
    void replacingWithAnUnknownResourceClassIsRefused() {
        Reply refused = api.put(
                inventories, "{\"resource_provider_generation\":0,\"inventories\":{\"CUSTOM_NOPE\":{\"total\":1}}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].detail")).contains("No such resource class CUSTOM_NOPE");
        assertThat(generation()).isZero();
    }

    @Test
    void addingOneInventoryAnswers201WithItsLocation() {
        Reply added = api.post(inventories, "{\"resource_class\":\"DISK_GB\",\"total\":100}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("location")).isEqualTo(baseUrl() + inventories + "/DISK_GB");
        assertThat((Integer) added.json("$.resource_provider_generation")).isEqualTo(1);
        assertThat((Integer) added.json("$.total")).isEqualTo(100);
    }

    @Test
    void addingAClassAlreadyPresentIsAConcurrentUpdate() {
        api.post(inventories, "{\"resource_class\":\"DISK_GB\",\"total\":100}");

        Reply again = api.post(inventories, "{\"resource_class\":\"DISK_GB\",\"total\":200}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("placement.concurrent_update");
        assertThat((Integer) api.get(inventories + "/DISK_GB").json("$.total")).isEqualTo(100);
    }

    @Test
    void addingWithReservedOverTotalIsRefusedAsPlacementWordsIt() {
        Reply refused = api.post(inventories, "{\"resource_class\":\"DISK_GB\",\"total\":10,\"reserved\":20}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].detail"))
                .contains("Unable to create inventory for resource provider " + provider);
        assertThat(generation()).isZero();
    }

    @Test
    void showsOneInventoryAnd404sForAnAbsentClass() {
        api.post(inventories, "{\"resource_class\":\"VCPU\",\"total\":4}");

        Reply shown = api.get(inventories + "/VCPU");
        Reply absent = api.get(inventories + "/DISK_GB");

        assertThat(shown.status()).isEqualTo(200);
        assertThat((Integer) shown.json("$.total")).isEqualTo(4);
        assertThat((Integer) shown.json("$.resource_provider_generation")).isEqualTo(1);
        assertThat(absent.status()).isEqualTo(404);
        assertThat(absent.errorCode()).isEqualTo("placement.undefined_code");
    }

    @Test
    void updatingOneInventoryChecksTheGeneration() {
        api.post(inventories, "{\"resource_class\":\"VCPU\",\"total\":4}");

        Reply updated = api.put(inventories + "/VCPU", "{\"resource_provider_generation\":1,\"total\":8}");
        Reply stale = api.put(inventories + "/VCPU", "{\"resource_provider_generation\":1,\"total\":16}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat((Integer) updated.json("$.resource_provider_generation")).isEqualTo(2);
        assertThat((Integer) updated.json("$.total")).isEqualTo(8);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("placement.concurrent_update");
        assertThat((Integer) api.get(inventories + "/VCPU").json("$.total")).isEqualTo(8);
    }

    @Test
    void updatingAnAbsentInventoryIsABadRequest() {
        Reply refused = api.put(inventories + "/VCPU", "{\"resource_provider_generation\":0,\"total\":8}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<String>json("$.errors[0].detail")).contains("No inventory record with resource class");
        assertThat(generation()).isZero();
    }

    @Test
    void deletingOneInventoryBumpsTheGeneration() {
        api.post(inventories, "{\"resource_class\":\"VCPU\",\"total\":4}");

        Reply deleted = api.delete(inventories + "/VCPU");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(generation()).isEqualTo(2);
        Reply again = api.delete(inventories + "/VCPU");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.errorCode()).isEqualTo("placement.undefined_code");
    }

    @Test
    void deletingAllInventoriesIsMethodNotAllowedBefore15() {
        api.post(inventories, "{\"resource_class\":\"VCPU\",\"total\":4}");

        Reply old = api.microversion("1.4").delete(inventories);
        Reply current = api.delete(inventories);

        assertThat(old.status()).isEqualTo(405);
        assertThat(current.status()).isEqualTo(204);
        assertThat(api.get(inventories).<Map<?, ?>>json("$.inventories")).isEmpty();
        assertThat(generation()).isEqualTo(2);
    }

    @Test
    void inventoriesOfAnUnknownProviderAre404() {
        Reply missing = api.get("/resource_providers/" + UUID.randomUUID() + "/inventories");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("placement.undefined_code");
    }
}
