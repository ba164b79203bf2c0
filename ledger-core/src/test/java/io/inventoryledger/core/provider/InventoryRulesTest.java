package io.inventoryledger.core.provider;

import static io.inventoryledger.core.provider.Providers.CN1;
import static io.inventoryledger.core.provider.Providers.CN1_STREAM;
import static org.hamcrest.Matchers.containsString;

import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceInventories;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Placement's rules for one inventory record, as the aggregate enforces them on every write. */
class InventoryRulesTest {
    private static final long MAX = Inventory.MAX_INT;
    private AggregateTestFixture<ResourceProvider> fixture;

    @BeforeEach
    void setUp() {
        fixture = Providers.fixture(new InMemoryProviderDirectory());
    }

    private void accepts(Inventory inventory, boolean since126) {
        fixture.given(Providers.cn1Created())
                .when(new ReplaceInventories(CN1_STREAM, CN1, 0L, Map.of("VCPU", inventory), since126))
                .expectEvents(new InventoriesReplaced(CN1, Map.of("VCPU", inventory)));
    }

    private void refuses(Inventory inventory, boolean since126, String why) {
        refuses(Map.of("VCPU", inventory), since126, why);
    }

    private void refuses(Map<String, Inventory> inventories, boolean since126, String why) {
        fixture.given(Providers.cn1Created())
                .when(new ReplaceInventories(CN1_STREAM, CN1, 0L, inventories, since126))
                .expectNoEvents()
                .expectException(InvalidRequestException.class)
                .expectExceptionMessage(containsString(why));
    }

    @Test
    void acceptsATotalOfOne() {
        accepts(new Inventory(1, 0, 1, 1, 1, 1.0), false);
    }

    @Test
    void acceptsATotalOfTheLargestInteger() {
        accepts(new Inventory(MAX, 0, 1, MAX, 1, 1.0), false);
    }

    @Test
    void refusesATotalOfZero() {
        refuses(new Inventory(0, 0, 1, 1, 1, 1.0), true, "total must be between 1 and 2147483647");
    }

    @Test
    void refusesATotalAboveTheLargestInteger() {
        refuses(new Inventory(MAX + 1, 0, 1, 1, 1, 1.0), true, "total must be between 1 and 2147483647");
    }

    @Test
    void refusesANegativeReserved() {
        refuses(new Inventory(8, -1, 1, 1, 1, 1.0), true, "reserved must be between 0");
    }

    @Test
    void refusesReservedEqualToTotalBeforeMicroversion126() {
        refuses(new Inventory(8, 8, 1, 1, 1, 1.0), false, "The reserved value is greater than or equal to total.");
    }

    @Test
    void acceptsReservedEqualToTotalFromMicroversion126() {
        accepts(new Inventory(8, 8, 1, 1, 1, 1.0), true);
    }

    @Test
    void refusesReservedAboveTotalFromMicroversion126() {
        refuses(new Inventory(8, 9, 1, 1, 1, 1.0), true, "The reserved value is greater than total.");
    }

    @Test
    void refusesACapacityThatTruncatesToZeroBeforeMicroversion126() {
        refuses(new Inventory(1, 0, 1, 1, 1, 0.5), false, "The reserved value is greater than or equal to total.");
    }

    @Test
    void refusesAMinUnitOfZero() {
        refuses(new Inventory(8, 0, 0, 1, 1, 1.0), true, "min_unit must be between 1");
    }

    @Test
    void refusesAMaxUnitOfZero() {
        refuses(new Inventory(8, 0, 1, 0, 1, 1.0), true, "max_unit must be between 1");
    }

    @Test
    void refusesAStepSizeOfZero() {
        refuses(new Inventory(8, 0, 1, 1, 0, 1.0), true, "step_size must be between 1");
    }

    @Test
    void refusesAMinUnitAboveTheMaxUnit() {
        refuses(new Inventory(8, 0, 3, 2, 1, 1.0), true, "min_unit must be less than or equal to max_unit");
    }

    @Test
    void acceptsAMinUnitEqualToTheMaxUnit() {
        accepts(new Inventory(8, 0, 2, 2, 1, 1.0), true);
    }

    @Test
    void refusesAnAllocationRatioOfZero() {
        refuses(new Inventory(8, 0, 1, 1, 1, 0.0), true, "allocation_ratio must be greater than 0");
    }

    @Test
    void refusesANegativeAllocationRatio() {
        refuses(new Inventory(8, 0, 1, 1, 1, -1.0), true, "allocation_ratio must be greater than 0");
    }

    @Test
    void refusesAnAllocationRatioThatIsNotANumber() {
        refuses(new Inventory(8, 0, 1, 1, 1, Double.NaN), true, "allocation_ratio must be greater than 0");
    }

    @Test
    void acceptsAFractionalAllocationRatio() {
        accepts(new Inventory(8, 0, 1, 1, 1, 0.5), false);
    }

    @Test
    void refusesAnUnknownResourceClass() {
        refuses(Map.of("CUSTOM_GOLD", Inventory.ofTotal(1)), true, "No such resource class CUSTOM_GOLD");
    }

    @Test
    void acceptsAClassTheCatalogKnows() {
        Providers.fixture(new InMemoryProviderDirectory(), rc -> rc.equals("CUSTOM_GOLD"))
                .given(Providers.cn1Created())
                .when(new ReplaceInventories(CN1_STREAM, CN1, 0L, Map.of("CUSTOM_GOLD", Inventory.ofTotal(1)), true))
                .expectEvents(new InventoriesReplaced(CN1, Map.of("CUSTOM_GOLD", Inventory.ofTotal(1))));
    }
}
