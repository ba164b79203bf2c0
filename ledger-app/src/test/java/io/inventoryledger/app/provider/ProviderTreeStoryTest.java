package io.inventoryledger.app.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Nested providers: parent and root on every provider, re-parenting (1.37), deleting parents. */
class ProviderTreeStoryTest extends LedgerServerTest {

    @Test
    void aSubtreeMovedUnderAnotherRootTakesThatRootAllTheWayDown() {
        String root = provider("root", null);
        String other = provider("other", null);
        String child = provider("child", root);
        String grandchild = provider("grandchild", child);

        Reply moved = api.put(
                "/resource_providers/" + child, "{\"name\":\"child\",\"parent_provider_uuid\":\"" + other + "\"}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.<String>json("$.root_provider_uuid")).isEqualTo(other);
        assertThat(api.get("/resource_providers/" + grandchild).<String>json("$.root_provider_uuid"))
                .isEqualTo(other);
        assertThat(api.get("/resource_providers?in_tree=" + root).<java.util.List<Object>>json("$.resource_providers"))
                .hasSize(1);
    }

    @Test
    void unParentingMakesASubtreeItsOwnTree() {
        String root = provider("root", null);
        String child = provider("child", root);
        String grandchild = provider("grandchild", child);

        api.put("/resource_providers/" + child, "{\"name\":\"child\",\"parent_provider_uuid\":null}");

        assertThat(api.get("/resource_providers/" + grandchild).<String>json("$.root_provider_uuid"))
                .isEqualTo(child);
    }

    @Test
    void aLoopInTheTreeIsRefusedAndNothingChanges() {
        String root = provider("root", null);
        String child = provider("child", root);

        Reply loop = api.put(
                "/resource_providers/" + root, "{\"name\":\"root\",\"parent_provider_uuid\":\"" + child + "\"}");

        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.body()).contains("creating loop in the provider tree is not allowed");
        Reply after = api.get("/resource_providers/" + root);
        assertThat(after.<Object>json("$.parent_provider_uuid")).isNull();
    }

    @Test
    void reParentingBefore137IsRefused() {
        String root = provider("root", null);
        String other = provider("other", null);
        String child = provider("child", root);

        Reply refused = api.microversion("1.36")
                .put("/resource_providers/" + child, "{\"name\":\"child\",\"parent_provider_uuid\":\"" + other + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get("/resource_providers/" + child).<String>json("$.parent_provider_uuid"))
                .isEqualTo(root);
    }

    @Test
    void aParentWithChildrenCannotBeDeleted() {
        String root = provider("root", null);
        String child = provider("child", root);

        Reply refused = api.delete("/resource_providers/" + root);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("placement.resource_provider.cannot_delete_parent");
        assertThat(api.delete("/resource_providers/" + child).status()).isEqualTo(204);
        assertThat(api.delete("/resource_providers/" + root).status()).isEqualTo(204);
    }

    private String provider(String name, String parent) {
        String uuid = UUID.randomUUID().toString();
        Reply created = api.post(
                "/resource_providers",
                "{\"name\":\"" + name + "\",\"uuid\":\"" + uuid + "\""
                        + (parent == null ? "" : ",\"parent_provider_uuid\":\"" + parent + "\"") + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return uuid;
    }
}
