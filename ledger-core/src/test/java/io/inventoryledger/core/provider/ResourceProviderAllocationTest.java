package io.inventoryledger.core.provider;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteInventory;
import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteResourceProvider;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceInventories;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

class ResourceProviderAllocationTest {
    private static final UUID PROVIDER = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID INSTANCE = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final UUID OTHER = UUID.fromString("33333333-3333-3333-3333-333333333333");

    private AggregateTestFixture<ResourceProvider> fixture;

    /** Stands in for AllocationCommandHandler, which drives the provider inside a larger unit of work. */
    record ChangeAllocations(@TargetAggregateIdentifier String providerId, ProviderAllocationChange change) {
    }

    static class ClaimAdapter {
        private final Repository<ResourceProvider> repository;

        ClaimAdapter(Repository<ResourceProvider> repository) {
            this.repository = repository;
        }

        @CommandHandler
        void handle(ChangeAllocations command) {
            repository.load(command.providerId()).execute(p -> p.changeAllocations(command.change()));
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResourceProvider.class);
        fixture.registerInjectableResource(ResourceClassCatalog.standardOnly());
        fixture.registerInjectableResource(new ProviderDirectory() {
            @Override
            public boolean existsLocked(UUID provider) {
                return true;
            }

            @Override
            public UUID parentOf(UUID provider) {
                return null;
            }

            @Override
            public boolean hasChildrenLocked(UUID provider) {
                return false;
            }

            @Override
            public boolean isInSubtree(UUID candidate, UUID ancestor) {
                return false;
            }

            @Override
            public boolean nameTakenByOther(String name, UUID except) {
                return false;
            }
        });
        fixture.registerAnnotatedCommandHandler(new ClaimAdapter(fixture.getRepository()));
    }

    private static ResourceProviderCreated created() {
        return new ResourceProviderCreated(PROVIDER, 1, "cn1", null);
    }

    private static InventoriesReplaced inventory(String rc, Inventory inventory) {
        return new InventoriesReplaced(PROVIDER, Map.of(rc, inventory));
    }

    private static ChangeAllocations claim(UUID consumer, Map<String, Long> before, Map<String, Long> after) {
        return new ChangeAllocations(PROVIDER.toString(), new ProviderAllocationChange(
                before.isEmpty() ? Map.of() : Map.of(consumer, before), after.isEmpty() ? Map.of() : Map.of(consumer, after)));
    }

    @Test
    void allocatesWithinCapacityAndRecordsTheNewUsage() {
        fixture.given(created(), inventory("VCPU", Inventory.ofTotal(8)))
                .when(claim(INSTANCE, Map.of(), Map.of("VCPU", 8L)))
                .expectEvents(new ProviderAllocationsChanged(PROVIDER, Map.of("VCPU", 8L), Set.of(INSTANCE)));
    }

    @Test
    void refusesAnAllocationOverCapacity() {
        fixture.given(created(), inventory("VCPU", Inventory.ofTotal(8)),
                        new ProviderAllocationsChanged(PROVIDER, Map.of("VCPU", 7L), Set.of(OTHER)))
                .when(claim(INSTANCE, Map.of(), Map.of("VCPU", 2L)))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("The requested amount would exceed the capacity."));
    }

    @Test
    void capacityIsTotalLessReservedTimesAllocationRatio() {
        Inventory inventory = new Inventory(10, 2, 1, 100, 1, 1.5);
        fixture.given(created(), inventory("VCPU", inventory))
                .when(claim(INSTANCE, Map.of(), Map.of("VCPU", 12L)))
                .expectSuccessfulHandlerExecution();
        fixture.given(created(), inventory("VCPU", inventory))
                .when(claim(INSTANCE, Map.of(), Map.of("VCPU", 13L)))
                .expectException(ConflictException.class);
    }

    @Test
    void refusesAnAmountBelowMinUnit() {
        fixture.given(created(), inventory("DISK_GB", new Inventory(100, 0, 10, 50, 1, 1.0)))
                .when(claim(INSTANCE, Map.of(), Map.of("DISK_GB", 5L)))
                .expectNoEvents()
                .expectExceptionMessage(containsString("would violate inventory constraints"));
    }

    @Test
    void refusesAnAmountAboveMaxUnit() {
        fixture.given(created(), inventory("DISK_GB", new Inventory(100, 0, 10, 50, 1, 1.0)))
                .when(claim(INSTANCE, Map.of(), Map.of("DISK_GB", 60L)))
                .expectExceptionMessage(containsString("would violate inventory constraints"));
    }

    @Test
    void refusesAnAmountOffTheStepSize() {
        fixture.given(created(), inventory("DISK_GB", new Inventory(100, 0, 10, 50, 10, 1.0)))
                .when(claim(INSTANCE, Map.of(), Map.of("DISK_GB", 15L)))
                .expectExceptionMessage(containsString("would violate inventory constraints"));
    }

    @Test
    void refusesAClassTheProviderHasNoInventoryOf() {
        fixture.given(created(), inventory("VCPU", Inventory.ofTotal(8)))
                .when(claim(INSTANCE, Map.of(), Map.of("VCPU", 1L, "PCI_DEVICE", 1L)))
                .expectExceptionMessage(equalTo("Unable to allocate inventory: Inventory for 'PCI_DEVICE' on resource"
                        + " provider '" + PROVIDER + "' invalid."));
    }

    @Test
    void replacingAConsumersAllocationsReleasesWhatItHeldBefore() {
        fixture.given(created(), inventory("VCPU", Inventory.ofTotal(8)),
                        new ProviderAllocationsChanged(PROVIDER, Map.of("VCPU", 8L), Set.of(INSTANCE)))
                .when(claim(INSTANCE, Map.of("VCPU", 8L), Map.of("VCPU", 6L)))
                .expectEvents(new ProviderAllocationsChanged(PROVIDER, Map.of("VCPU", 6L), Set.of(INSTANCE)));
    }

    @Test
    void releasingEverythingLeavesNoUsage() {
        fixture.given(created(), inventory("VCPU", Inventory.ofTotal(8)),
                        new ProviderAllocationsChanged(PROVIDER, Map.of("VCPU", 3L), Set.of(INSTANCE)))
                .when(claim(INSTANCE, Map.of("VCPU", 3L), Map.of()))
                .expectEvents(new ProviderAllocationsChanged(PROVIDER, Map.of(), Set.of(INSTANCE)));
    }

    @Test
    void cannotDeleteAnInventoryInUse() {
        fixture.given(created(), inventory("VCPU", Inventory.ofTotal(8)),
                        new ProviderAllocationsChanged(PROVIDER, Map.of("VCPU", 1L), Set.of(INSTANCE)))
                .when(new DeleteInventory(PROVIDER.toString(), PROVIDER, 2L, "VCPU"))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("Inventory for 'VCPU' on resource provider '" + PROVIDER
                        + "' in use."));
    }

    @Test
    void replacingInventoriesListsClassesInUseInStandardOrder() {
        fixture.given(created(), new InventoriesReplaced(PROVIDER, Map.of("VCPU", Inventory.ofTotal(8),
                                "DISK_GB", Inventory.ofTotal(80))),
                        new ProviderAllocationsChanged(PROVIDER, Map.of("VCPU", 1L, "DISK_GB", 1L), Set.of(INSTANCE)))
                .when(new ReplaceInventories(PROVIDER.toString(), PROVIDER, 2L, Map.of(), true))
                .expectExceptionMessage(containsString("Inventory for 'VCPU, DISK_GB' on resource provider"));
    }

    @Test
    void cannotDeleteAProviderWithAllocations() {
        fixture.given(created(), inventory("VCPU", Inventory.ofTotal(8)),
                        new ProviderAllocationsChanged(PROVIDER, Map.of("VCPU", 1L), Set.of(INSTANCE)))
                .when(new DeleteResourceProvider(PROVIDER.toString(), PROVIDER))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("Resource provider has allocations."));
    }
}
