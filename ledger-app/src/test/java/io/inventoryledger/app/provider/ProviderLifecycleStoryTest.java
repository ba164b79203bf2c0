package io.inventoryledger.app.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProviderLifecycleStoryTest extends LedgerServerTest {

    @Test
    void aProviderDeletedAndCreatedAgainStartsOverAtGenerationZero() {
        String uuid = UUID.randomUUID().toString();
        assertThat(api.post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + uuid + "\"}")
                        .status())
                .isEqualTo(200);
        Reply put = api.put(
                "/resource_providers/" + uuid + "/inventories",
                "{\"resource_provider_generation\":0,\"inventories\":{\"VCPU\":{\"total\":8}}}");
        assertThat(put.status()).isEqualTo(200);
        assertThat((Integer) put.json("$.resource_provider_generation")).isEqualTo(1);

        assertThat(api.delete("/resource_providers/" + uuid).status()).isEqualTo(204);
        Reply again = api.post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + uuid + "\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat((Integer) again.json("$.generation")).isZero();
        assertThat(api.get("/resource_providers/" + uuid + "/inventories").<Object>json("$.inventories"))
                .asString()
                .isEqualTo("{}");
    }
}
