package io.inventoryledger.core.provider;

import java.util.UUID;

/** Shared test data: well-known provider uuids and the events that bring them about. */
final class Providers {
    static final UUID CN1 = UUID.fromString("11111111-1111-1111-1111-111111111111");
    static final UUID CN2 = UUID.fromString("22222222-2222-2222-2222-222222222222");
    static final UUID CN3 = UUID.fromString("33333333-3333-3333-3333-333333333333");
    static final String CN1_STREAM = ProviderStreamId.of(CN1, 1);

    private Providers() {
    }

    static ResourceProviderCreated created(UUID uuid, String name) {
        return new ResourceProviderCreated(uuid, 1, name, null);
    }

    static ResourceProviderCreated cn1Created() {
        return created(CN1, "cn1");
    }
}
