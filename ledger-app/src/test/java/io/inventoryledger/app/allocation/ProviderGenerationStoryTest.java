package io.inventoryledger.app.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A provider's generation moves as Placement moves it: once for every write that allocates against it,
 * never for a release (a consumer moving away, DELETE /allocations), while its usage follows both.
 */
class ProviderGenerationStoryTest extends LedgerServerTest {
    private static final String OWNER = "\"project_id\":\"p\",\"user_id\":\"u\"";

    private PlacementClient v128() {
        return api.microversion("1.28");
    }

    private String provider(String name) {
        return Providers.withInventory(api, name, "{\"VCPU\":{\"total\":8}}");
    }

    private static String claim(String provider, int vcpu, Object consumerGeneration) {
        return "{\"allocations\":{\"" + provider + "\":{\"resources\":{\"VCPU\":" + vcpu + "}}}," + OWNER
                + ",\"consumer_generation\":" + consumerGeneration + "}";
    }

    private int generation(String provider) {
        return api.get("/resource_providers/" + provider).json("$.generation");
    }

    private int vcpuUsed(String provider) {
        Integer used = api.get("/resource_providers/" + provider + "/usages").json("$.usages.VCPU");
        return used == null ? 0 : used;
    }

    @Test
    void aConsumerMovingAwayLeavesTheOldProvidersGenerationButFreesItsCapacity() {
        String source = provider("source");
        String target = provider("target");
        String instance = UUID.randomUUID().toString();
        assertThat(v128().put("/allocations/" + instance, claim(source, 8, null))
                        .status())
                .isEqualTo(204);
        assertThat(generation(source)).isEqualTo(2);

        assertThat(v128().put("/allocations/" + instance, claim(target, 8, 1)).status())
                .isEqualTo(204);

        assertThat(generation(source)).isEqualTo(2);
        assertThat(generation(target)).isEqualTo(2);
        assertThat(vcpuUsed(source)).isZero();
        assertThat(v128().put("/allocations/" + UUID.randomUUID(), claim(source, 8, null))
                        .status())
                .isEqualTo(204);
        assertThat(generation(source)).isEqualTo(3);
    }

    @Test
    void deletingAllocationsMovesNoGenerationButFreesTheCapacity() {
        String rp = provider("cn1");
        String instance = UUID.randomUUID().toString();
        v128().put("/allocations/" + instance, claim(rp, 8, null));

        assertThat(api.delete("/allocations/" + instance).status()).isEqualTo(204);

        assertThat(generation(rp)).isEqualTo(2);
        assertThat(vcpuUsed(rp)).isZero();
        assertThat(api.delete("/resource_providers/" + rp + "/inventories/VCPU").status())
                .isEqualTo(204);
    }

    @Test
    void emptyingAConsumerByAWriteMovesTheGenerationOfWhatItHeld() {
        String rp = provider("cn1");
        String instance = UUID.randomUUID().toString();
        v128().put("/allocations/" + instance, claim(rp, 8, null));

        assertThat(v128().put(
                                "/allocations/" + instance,
                                "{\"allocations\":{}," + OWNER + ",\"consumer_generation\":1}")
                        .status())
                .isEqualTo(204);

        assertThat(generation(rp)).isEqualTo(3);
        assertThat(vcpuUsed(rp)).isZero();
    }

    @Test
    void aProviderWhoseAllocationsWereReleasedMayBeDeleted() {
        String rp = provider("cn1");
        String instance = UUID.randomUUID().toString();
        v128().put("/allocations/" + instance, claim(rp, 8, null));
        assertThat(api.delete("/resource_providers/" + rp).errorCode()).isEqualTo("placement.resource_provider.inuse");

        api.delete("/allocations/" + instance);

        assertThat(api.delete("/resource_providers/" + rp).status()).isEqualTo(204);
        assertThat((Boolean) api.get("/ledger/ops/consistency").json("$.consistent"))
                .isTrue();
    }
}
