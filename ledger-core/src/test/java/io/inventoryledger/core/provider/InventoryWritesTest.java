package io.inventoryledger.core.provider;

import static io.inventoryledger.core.provider.Providers.CN1;
import static io.inventoryledger.core.provider.Providers.CN1_STREAM;
import static org.hamcrest.Matchers.containsString;

import io.inventoryledger.core.error.ConcurrentUpdateException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.provider.ResourceProviderCommand.AddInventory;
import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteInventory;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceInventories;
import io.inventoryledger.core.provider.ResourceProviderCommand.UpdateInventory;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replace, add, update and delete of inventory records: one event per accepted write. */
class InventoryWritesTest {
    private static final Inventory EIGHT = Inventory.ofTotal(8);
    private static final Inventory SIXTEEN = Inventory.ofTotal(16);
    private AggregateTestFixture<ResourceProvider> fixture;

    @BeforeEach
    void setUp() {
        fixture = Providers.fixture(new InMemoryProviderDirectory());
    }

    @Test
    void replacesEveryInventoryWithTheGivenSet() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new ReplaceInventories(CN1_STREAM, CN1, 1L, Map.of("DISK_GB", SIXTEEN), false))
                .expectEvents(new InventoriesReplaced(CN1, Map.of("DISK_GB", SIXTEEN)));
    }

    @Test
    void replacingWithNothingDeletesAllInventories() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new ReplaceInventories(CN1_STREAM, CN1, 1L, Map.of(), true))
                .expectEvents(new InventoriesReplaced(CN1, Map.of()));
    }

    @Test
    void aReplaceWithTheSameInventoriesStillMovesTheGeneration() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new ReplaceInventories(CN1_STREAM, CN1, 1L, Map.of("VCPU", EIGHT), false))
                .expectEvents(new InventoriesReplaced(CN1, Map.of("VCPU", EIGHT)));
    }

    @Test
    void addsAnInventoryOfANewClass() {
        fixture.given(Providers.cn1Created())
                .when(new AddInventory(CN1_STREAM, CN1, "VCPU", EIGHT, false))
                .expectEvents(new InventoryAdded(CN1, "VCPU", EIGHT));
    }

    @Test
    void addingAClassThatIsAlreadyThereIsAConcurrentUpdate() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new AddInventory(CN1_STREAM, CN1, "VCPU", SIXTEEN, false))
                .expectNoEvents()
                .expectException(ConcurrentUpdateException.class)
                .expectException(new CodeMatcher(ErrorCodes.CONCURRENT_UPDATE));
    }

    @Test
    void addingAClassAgainAfterAReplaceRemovedItIsAllowed() {
        fixture.given(
                        Providers.cn1Created(),
                        new InventoryAdded(CN1, "VCPU", EIGHT),
                        new InventoriesReplaced(CN1, Map.of()))
                .when(new AddInventory(CN1_STREAM, CN1, "VCPU", SIXTEEN, false))
                .expectEvents(new InventoryAdded(CN1, "VCPU", SIXTEEN));
    }

    @Test
    void addRefusesAnInvalidInventory() {
        fixture.given(Providers.cn1Created())
                .when(new AddInventory(CN1_STREAM, CN1, "VCPU", new Inventory(8, 8, 1, 1, 1, 1.0), false))
                .expectNoEvents()
                .expectException(InvalidRequestException.class);
    }

    @Test
    void addSaysItCouldNotCreateWhenCapacityIsTooSmall() {
        fixture.given(Providers.cn1Created())
                .when(new AddInventory(CN1_STREAM, CN1, "VCPU", new Inventory(8, 8, 1, 1, 1, 1.0), false))
                .expectException(InvalidRequestException.class)
                .expectExceptionMessage(containsString("Unable to create inventory for resource provider " + CN1));
    }

    @Test
    void addSaysItCouldNotCreateAnInventoryOfAnUnknownClass() {
        fixture.given(Providers.cn1Created())
                .when(new AddInventory(CN1_STREAM, CN1, "CUSTOM_NOPE", EIGHT, false))
                .expectNoEvents()
                .expectException(InvalidRequestException.class)
                .expectExceptionMessage(containsString("Unable to create inventory for resource provider " + CN1
                        + ": No such resource class CUSTOM_NOPE."));
    }

    @Test
    void updatingAnInventoryOfAnUnknownClassIsNotFound() {
        fixture.given(Providers.cn1Created())
                .when(new UpdateInventory(CN1_STREAM, CN1, 0L, "CUSTOM_NOPE", EIGHT, false))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void updatesAnExistingInventory() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new UpdateInventory(CN1_STREAM, CN1, 1L, "VCPU", SIXTEEN, false))
                .expectEvents(new InventoryUpdated(CN1, "VCPU", SIXTEEN));
    }

    @Test
    void updatingAClassTheProviderDoesNotHaveIsABadRequest() {
        fixture.given(Providers.cn1Created())
                .when(new UpdateInventory(CN1_STREAM, CN1, 0L, "VCPU", SIXTEEN, false))
                .expectNoEvents()
                .expectException(InvalidRequestException.class)
                .expectExceptionMessage(containsString("No inventory of class VCPU found"));
    }

    @Test
    void updateRefusesAnInvalidInventory() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new UpdateInventory(CN1_STREAM, CN1, 1L, "VCPU", new Inventory(8, 0, 5, 4, 1, 1.0), false))
                .expectNoEvents()
                .expectException(InvalidRequestException.class);
    }

    @Test
    void deletesOneInventory() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new DeleteInventory(CN1_STREAM, CN1, 1L, "VCPU"))
                .expectEvents(new InventoryDeleted(CN1, "VCPU"));
    }

    @Test
    void deletingAClassTheProviderDoesNotHaveIsNotFound() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new DeleteInventory(CN1_STREAM, CN1, 1L, "DISK_GB"))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void aDeletedInventoryIsGoneForLaterDeletes() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT), new InventoryDeleted(CN1, "VCPU"))
                .when(new DeleteInventory(CN1_STREAM, CN1, 2L, "VCPU"))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void anUpdatedInventoryCanBeDeleted() {
        fixture.given(
                        Providers.cn1Created(),
                        new InventoryAdded(CN1, "VCPU", EIGHT),
                        new InventoryUpdated(CN1, "VCPU", SIXTEEN))
                .when(new DeleteInventory(CN1_STREAM, CN1, 2L, "VCPU"))
                .expectEvents(new InventoryDeleted(CN1, "VCPU"));
    }
}
