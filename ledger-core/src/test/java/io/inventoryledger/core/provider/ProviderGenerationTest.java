package io.inventoryledger.core.provider;

import static io.inventoryledger.core.provider.Providers.CN1;
import static io.inventoryledger.core.provider.Providers.CN1_STREAM;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteInventory;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceInventories;
import io.inventoryledger.core.provider.ResourceProviderCommand.UpdateInventory;
import java.util.Map;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generation is the stream's sequence number: the fixture numbers given events 0, 1, ..., so after
 * created + one inventory event the provider is at generation 1. A command's expected generation is
 * its {@code @TargetAggregateVersion}: behind is refused at commit, ahead is refused at load.
 */
class ProviderGenerationTest {
    private static final Inventory EIGHT = Inventory.ofTotal(8);
    private AggregateTestFixture<ResourceProvider> fixture;

    @BeforeEach
    void setUp() {
        fixture = Providers.fixture(new InMemoryProviderDirectory());
    }

    /** cn1 at generation 1 refuses the command as a version conflict and writes nothing. */
    private void refusesAsVersionConflict(Object command) {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(command)
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void acceptsTheCurrentGeneration() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new ReplaceInventories(CN1_STREAM, CN1, 1L, Map.of(), true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InventoriesReplaced(CN1, Map.of()));
    }

    @Test
    void replaceRefusesAStaleGeneration() {
        refusesAsVersionConflict(new ReplaceInventories(CN1_STREAM, CN1, 0L, Map.of(), true));
    }

    @Test
    void replaceRefusesAGenerationFromTheFuture() {
        refusesAsVersionConflict(new ReplaceInventories(CN1_STREAM, CN1, 2L, Map.of(), true));
    }

    @Test
    void updateRefusesAStaleGeneration() {
        refusesAsVersionConflict(new UpdateInventory(CN1_STREAM, CN1, 0L, "VCPU", Inventory.ofTotal(4), false));
    }

    @Test
    void updateRefusesAGenerationFromTheFuture() {
        refusesAsVersionConflict(new UpdateInventory(CN1_STREAM, CN1, 7L, "VCPU", Inventory.ofTotal(4), false));
    }

    @Test
    void deleteRefusesAStaleGeneration() {
        refusesAsVersionConflict(new DeleteInventory(CN1_STREAM, CN1, 0L, "VCPU"));
    }

    @Test
    void deleteRefusesAGenerationFromTheFuture() {
        refusesAsVersionConflict(new DeleteInventory(CN1_STREAM, CN1, 2L, "VCPU"));
    }

    @Test
    void noExpectedGenerationMeansNoCheck() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new ReplaceInventories(CN1_STREAM, CN1, null, Map.of(), true))
                .expectEvents(new InventoriesReplaced(CN1, Map.of()));
    }

    @Test
    void aStaleRefusalCarriesTheExpectedAndActualGenerations() {
        fixture.given(Providers.cn1Created(), new InventoryAdded(CN1, "VCPU", EIGHT))
                .when(new ReplaceInventories(CN1_STREAM, CN1, 0L, Map.of(), true))
                .expectException(allOf(
                        instanceOf(ConflictingAggregateVersionException.class),
                        hasProperty("expectedVersion", is(0L)),
                        hasProperty("actualVersion", is(1L))));
    }
}
