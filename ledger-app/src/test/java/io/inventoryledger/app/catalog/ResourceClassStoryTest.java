package io.inventoryledger.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceClassStoryTest extends LedgerServerTest {

    @Test
    void aCustomClassIsCreatedListedAndUsableInInventories() {
        assertThat(api.post("/resource_classes", "{\"name\":\"CUSTOM_GPU\"}").status())
                .isEqualTo(201);

        assertThat(api.get("/resource_classes/CUSTOM_GPU").<String>json("$.name"))
                .isEqualTo("CUSTOM_GPU");
        List<String> names = api.get("/resource_classes").json("$.resource_classes[*].name");
        assertThat(names).hasSize(22).startsWith("VCPU").endsWith("CUSTOM_GPU");
        String provider = provider("cn1");
        assertThat(api.put(
                                "/resource_providers/" + provider + "/inventories",
                                "{\"resource_provider_generation\":0,\"inventories\":{\"CUSTOM_GPU\":{\"total\":4}}}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void creatingTheSameClassTwiceIsAConflict() {
        api.post("/resource_classes", "{\"name\":\"CUSTOM_GPU\"}");

        Reply again = api.post("/resource_classes", "{\"name\":\"CUSTOM_GPU\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Conflicting resource class already exists: CUSTOM_GPU");
    }

    @Test
    void badNamesAreRefusedAndNothingIsStored() {
        for (String name : List.of("CUSTOM_gpu", "GPU", "VCPU", "CUSTOM_" + "G".repeat(249), "CUSTOM_G-1")) {
            Reply reply = api.post("/resource_classes", "{\"name\":\"" + name + "\"}");
            assertThat(reply.status()).as(name).isEqualTo(400);
            assertThat(reply.body()).contains("JSON does not validate");
        }
        assertThat(api.microversion("1.7")
                        .put("/resource_classes/CUSTOM_lower", null)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/resource_classes").<List<Object>>json("$.resource_classes"))
                .hasSize(21);
    }

    @Test
    void putFrom17CreatesOnceThenVerifies() {
        assertThat(putAt17("CUSTOM_COW").status()).isEqualTo(201);
        Reply again = putAt17("CUSTOM_COW");

        assertThat(again.status()).isEqualTo(204);
        assertThat(again.header("location")).endsWith("/resource_classes/CUSTOM_COW");
    }

    @Test
    void below17PutRenamesAnUnusedClass() {
        api.post("/resource_classes", "{\"name\":\"CUSTOM_OLD\"}");

        Reply renamed = api.microversion("1.6").put("/resource_classes/CUSTOM_OLD", "{\"name\":\"CUSTOM_NEW\"}");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.<String>json("$.name")).isEqualTo("CUSTOM_NEW");
        assertThat(api.get("/resource_classes/CUSTOM_OLD").status()).isEqualTo(404);
        assertThat(api.get("/resource_classes/CUSTOM_NEW").status()).isEqualTo(200);
    }

    @Test
    void renamingOntoAnExistingClassIsAConflictAndChangesNothing() {
        api.post("/resource_classes", "{\"name\":\"CUSTOM_A\"}");
        api.post("/resource_classes", "{\"name\":\"CUSTOM_B\"}");

        Reply clash = api.microversion("1.6").put("/resource_classes/CUSTOM_A", "{\"name\":\"CUSTOM_B\"}");

        assertThat(clash.status()).isEqualTo(409);
        assertThat(api.get("/resource_classes/CUSTOM_A").status()).isEqualTo(200);
    }

    @Test
    void aClassInUseByAnInventoryCannotBeDeletedOrRenamed() {
        api.post("/resource_classes", "{\"name\":\"CUSTOM_GOLD\"}");
        String provider = provider("cn1");
        api.put(
                "/resource_providers/" + provider + "/inventories",
                "{\"resource_provider_generation\":0,\"inventories\":{\"CUSTOM_GOLD\":{\"total\":5}}}");

        Reply delete = api.delete("/resource_classes/CUSTOM_GOLD");
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.body()).contains("Class is in use in inventory");
        assertThat(api.microversion("1.6")
                        .put("/resource_classes/CUSTOM_GOLD", "{\"name\":\"CUSTOM_SILVER\"}")
                        .status())
                .isEqualTo(409);

        api.delete("/resource_providers/" + provider + "/inventories/CUSTOM_GOLD");
        assertThat(api.delete("/resource_classes/CUSTOM_GOLD").status()).isEqualTo(204);
    }

    @Test
    void aDeletedClassCannotBeUsedAndCanBeCreatedAgain() {
        api.post("/resource_classes", "{\"name\":\"CUSTOM_GOLD\"}");
        api.delete("/resource_classes/CUSTOM_GOLD");
        String provider = provider("cn1");

        Reply inventory = api.put(
                "/resource_providers/" + provider + "/inventories",
                "{\"resource_provider_generation\":0,\"inventories\":{\"CUSTOM_GOLD\":{\"total\":5}}}");

        assertThat(inventory.status()).isEqualTo(400);
        assertThat(api.delete("/resource_classes/CUSTOM_GOLD").status()).isEqualTo(404);
        assertThat(api.post("/resource_classes", "{\"name\":\"CUSTOM_GOLD\"}").status())
                .isEqualTo(201);
    }

    @Test
    void standardClassesCannotBeDeleted() {
        Reply reply = api.delete("/resource_classes/VCPU");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Cannot delete standard resource class VCPU");
    }

    private String provider(String name) {
        return Providers.create(api, name);
    }

    /** A bodiless PUT at 1.7, as a scheduler sends it. */
    private Reply putAt17(String name) {
        return api.microversion("1.7").put("/resource_classes/" + name, null);
    }
}
