package io.inventoryledger.core.provider;

import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** Shared test data: well-known provider uuids and the events that bring them about. */
final class Providers {
    static final UUID CN1 = UUID.fromString("11111111-1111-1111-1111-111111111111");
    static final UUID CN2 = UUID.fromString("22222222-2222-2222-2222-222222222222");
    static final UUID CN3 = UUID.fromString("33333333-3333-3333-3333-333333333333");
    static final String CN1_STREAM = ProviderStreamId.of(CN1, 1);

    private Providers() {}

    /** A provider fixture with nothing allocated anywhere and the standard resource classes only. */
    static AggregateTestFixture<ResourceProvider> fixture(ProviderDirectory directory) {
        return fixture(directory, ResourceClassCatalog.standardOnly());
    }

    /** A provider fixture with nothing allocated anywhere and the resource classes of {@code catalog}. */
    static AggregateTestFixture<ResourceProvider> fixture(ProviderDirectory directory, ResourceClassCatalog catalog) {
        AggregateTestFixture<ResourceProvider> fixture = new AggregateTestFixture<>(ResourceProvider.class);
        fixture.registerInjectableResource((ProviderUsages) provider -> Map.of());
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(catalog);
        return fixture;
    }

    static ResourceProviderCreated created(UUID uuid, String name) {
        return new ResourceProviderCreated(uuid, 1, name, null);
    }

    static ResourceProviderCreated cn1Created() {
        return created(CN1, "cn1");
    }
}
