package io.inventoryledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cases the hostile-input fuzzer found: text the database cannot hold, and a write asked for another format. */
class StorableTextStoryTest extends LedgerServerTest {

    @Test
    void aNameWithNulIsRefusedAndNothingIsStored() {
        String uuid = UUID.randomUUID().toString();

        Reply refused = api.post("/resource_providers", "{\"name\":\"cn\\u00001\",\"uuid\":\"" + uuid + "\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("placement.undefined_code");
        assertThat((String) refused.json("$.errors[0].detail")).contains("U+0000");
        assertThat(api.get("/resource_providers/" + uuid).status()).isEqualTo(404);
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
        Reply refused = api.post("/resource_providers", "{\"name\":\"cn\\ud800\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat((java.util.List<?>) api.get("/resource_providers").json("$.resource_providers"))
                .isEmpty();
    }

    @Test
    void aNulInAQueryIsRefused() {
        Reply refused = api.get("/resource_providers?name=cn%001");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("placement.undefined_code");
    }

    @Test
    void aWriteAnswersJsonWhateverAcceptSaysAsPlacementDoes() {
        String uuid = UUID.randomUUID().toString();

        Reply created = api.withHeader("Accept", "application/xml")
                .post("/resource_providers", "{\"name\":\"cn-xml\",\"uuid\":\"" + uuid + "\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat((String) created.json("$.uuid")).isEqualTo(uuid);
        assertThat(api.withHeader("Accept", "application/xml")
                        .get("/resource_providers/" + uuid)
                        .status())
                .isEqualTo(406);
    }
}
