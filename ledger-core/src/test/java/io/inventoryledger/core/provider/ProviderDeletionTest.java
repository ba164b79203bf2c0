package io.inventoryledger.core.provider;

import static io.inventoryledger.core.provider.Providers.CN1;
import static io.inventoryledger.core.provider.Providers.CN1_STREAM;
import static io.inventoryledger.core.provider.Providers.CN2;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteResourceProvider;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceInventories;
import java.util.Map;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProviderDeletionTest {
    private final InMemoryProviderDirectory directory = new InMemoryProviderDirectory().with(CN1, "cn1", null);
    private AggregateTestFixture<ResourceProvider> fixture;

    @BeforeEach
    void setUp() {
        fixture = Providers.fixture(directory);
    }

    @Test
    void deletesAProviderWithInventoriesButNoChildren() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", Inventory.ofTotal(8)))
                .when(new DeleteResourceProvider(CN1_STREAM, CN1))
                .expectEvents(new ResourceProviderDeleted(CN1));
    }

    @Test
    void refusesToDeleteAProviderThatHasChildren() {
        directory.with(CN2, "child", CN1);
        fixture.given(Providers.cn1Created())
                .when(new DeleteResourceProvider(CN1_STREAM, CN1))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectException(new CodeMatcher(ErrorCodes.PROVIDER_CANNOT_DELETE_PARENT));
    }

    @Test
    void aDeletedProviderTakesNoMoreWrites() {
        fixture.given(Providers.cn1Created(), new ResourceProviderDeleted(CN1))
                .when(new ReplaceInventories(CN1_STREAM, CN1, null, Map.of(), true))
                .expectNoEvents()
                .expectException(AggregateDeletedException.class);
    }
}
