package io.inventoryledger.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** Resource providers made through the API as a story needs them, each under a fresh uuid. */
public final class Providers {
    private Providers() {}

    /** Creates a root provider named {@code name} and returns its uuid. */
    public static String create(PlacementClient api, String name) {
        return create(api, name, null);
    }

    /** Creates a provider named {@code name} below {@code parent} (a root when null) and returns its uuid. */
    public static String create(PlacementClient api, String name, String parent) {
        return post(api, name, UUID.randomUUID().toString(), parent);
    }

    /** Creates a root provider named after its own uuid ("cn-" + uuid) and returns the uuid. */
    public static String create(PlacementClient api) {
        String uuid = UUID.randomUUID().toString();
        return post(api, "cn-" + uuid, uuid, null);
    }

    /**
     * Creates a provider named {@code name} and sets its first inventories; {@code inventories} is the JSON object of
     * the inventories PUT, e.g. {@code {"VCPU":{"total":8}}}. Returns the provider's uuid.
     */
    public static String withInventory(PlacementClient api, String name, String inventories) {
        return setInventories(api, create(api, name), inventories);
    }

    /** As {@link #withInventory(PlacementClient, String, String)}, for a provider named after its own uuid. */
    public static String withInventory(PlacementClient api, String inventories) {
        return setInventories(api, create(api), inventories);
    }

    private static String post(PlacementClient api, String name, String uuid, String parent) {
        String body = "{\"name\":\"" + name + "\",\"uuid\":\"" + uuid + "\""
                + (parent == null ? "" : ",\"parent_provider_uuid\":\"" + parent + "\"") + "}";
        Reply created = api.post("/resource_providers", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return uuid;
    }

    private static String setInventories(PlacementClient api, String uuid, String inventories) {
        Reply set = api.put(
                "/resource_providers/" + uuid + "/inventories",
                "{\"resource_provider_generation\":0,\"inventories\":" + inventories + "}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        return uuid;
    }
}
