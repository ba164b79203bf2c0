package io.inventoryledger.app.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import org.junit.jupiter.api.Test;

/** Nested providers: parent and root on every provider, re-parenting (1.37), deleting parents. */
class ProviderTreeStoryTest extends LedgerServerTest {

    @Test
    void aSubtreeMovedUnderAnotherRootTakesThatRootAllTheWayDown() {
        String root = provider("root", null);
        String other = provider("other", null);
        String child = provider("child", root);
        String grandchild = provider("grandchild", child);

        Reply moved = setParent(api, child, "child", other);

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

        setParent(api, child, "child", null);

        assertThat(api.get("/resource_providers/" + grandchild).<String>json("$.root_provider_uuid"))
                .isEqualTo(child);
    }

    @Test
    void aLoopInTheTreeIsRefusedAndNothingChanges() {
        String root = provider("root", null);
        String child = provider("child", root);

        Reply loop = setParent(api, root, "root", child);

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

        Reply refused = setParent(api.microversion("1.36"), child, "child", other);

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

    /** PUTs the provider with its name kept and {@code parent} as its parent (null: un-parented). */
    private static Reply setParent(PlacementClient client, String provider, String name, String parent) {
        String parentJson = parent == null ? "null" : "\"" + parent + "\"";
        return client.put(
                "/resource_providers/" + provider,
                "{\"name\":\"" + name + "\",\"parent_provider_uuid\":" + parentJson + "}");
    }

    private String provider(String name, String parent) {
        return Providers.create(api, name, parent);
    }
}
