package io.inventoryledger.core.provider;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteInventory;
import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteResourceProvider;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceInventories;
import io.inventoryledger.core.provider.ResourceProviderCommand.UpdateInventory;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider's allocation rules and in-use refusals, fed with its current usage through the
 * {@link ProviderUsages} port (here: whatever {@link #usage} holds), not from its own stream.
 */
class ResourceProviderAllocationTest {
    private static final UUID PROVIDER = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID INSTANCE = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final UUID OTHER = UUID.fromString("33333333-3333-3333-3333-333333333333");

    private AggregateTestFixture<ResourceProvider> fixture;
    /** What the provider has allocated now, as the read model would say. */
    private final Map<String, Long> usage = new HashMap<>();

    /** Stand-ins for AllocationCommandHandler, which drives the provider inside a larger unit of work. */
    record Allocate(@TargetAggregateIdentifier String providerId, ProviderAllocationChange change) {}

    record Reshape(
            @TargetAggregateIdentifier String providerId,
            Map<String, Inventory> inventories,
            ProviderAllocationChange change,
            boolean allocatesHere) {}

    static class ClaimAdapter {
        private final Repository<ResourceProvider> repository;
        private final ProviderUsages usages;

        ClaimAdapter(Repository<ResourceProvider> repository, ProviderUsages usages) {
            this.repository = repository;
            this.usages = usages;
        }

        @CommandHandler
        void handle(Allocate command) {
            repository.load(command.providerId()).execute(p -> p.allocate(command.change(), usages));
        }

        @CommandHandler
        void handle(Reshape command) {
            repository
                    .load(command.providerId())
                    .execute(p -> p.reshape(
                            command.inventories(),
                            command.change(),
                            command.allocatesHere(),
                            usages,
                            ResourceClassCatalog.standardOnly()));
        }
    }

    @BeforeEach
    void setUp() {
        ProviderUsages usages = provider -> Map.copyOf(usage);
        fixture = new AggregateTestFixture<>(ResourceProvider.class);
        fixture.registerInjectableResource(ResourceClassCatalog.standardOnly());
        fixture.registerInjectableResource(usages);
        fixture.registerInjectableResource(new InMemoryProviderDirectory().with(PROVIDER, "cn1", null));
        fixture.registerAnnotatedCommandHandler(new ClaimAdapter(fixture.getRepository(), usages));
    }

    private static ResourceProviderCreated created() {
        return new ResourceProviderCreated(PROVIDER, 1, "cn1", null);
    }

    private static InventoriesReplaced inventory(String rc, Inventory inventory) {
        return new InventoriesReplaced(PROVIDER, Map.of(rc, inventory));
    }

    /** The provider with an inventory of 8 VCPU, at generation 1. */
    private TestExecutor<ResourceProvider> givenEightVcpu() {
        return fixture.given(created(), inventory("VCPU", Inventory.ofTotal(8)));
    }

    /**
     * The provider with 8 VCPU whose stream saw {@code consumer} claim {@code vcpu} of them (generation 2); whether it
     * still holds them is up to {@link #usage}.
     */
    private TestExecutor<ResourceProvider> givenEightVcpuOnceClaimedBy(UUID consumer, long vcpu) {
        return fixture.given(
                created(),
                inventory("VCPU", Inventory.ofTotal(8)),
                new ProviderAllocationsWritten(PROVIDER, Map.of(consumer, Map.of("VCPU", vcpu))));
    }

    private static Allocate claim(UUID consumer, Map<String, Long> before, Map<String, Long> after) {
        return new Allocate(PROVIDER.toString(), change(consumer, before, after));
    }

    private static ProviderAllocationChange change(UUID consumer, Map<String, Long> before, Map<String, Long> after) {
        return new ProviderAllocationChange(
                before.isEmpty() ? Map.of() : Map.of(consumer, before),
                after.isEmpty() ? Map.of() : Map.of(consumer, after));
    }

    @Test
    void allocatesWithinCapacityAndRecordsWhatTheConsumerHoldsHere() {
        givenEightVcpu()
                .when(claim(INSTANCE, Map.of(), Map.of("VCPU", 8L)))
                .expectEvents(new ProviderAllocationsWritten(PROVIDER, Map.of(INSTANCE, Map.of("VCPU", 8L))));
    }

    @Test
    void refusesAnAllocationOverWhatIsLeftOfTheCurrentUsage() {
        usage.put("VCPU", 7L);
        givenEightVcpu()
                .when(claim(INSTANCE, Map.of(), Map.of("VCPU", 2L)))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectExceptionMessage(equalTo("Unable to allocate inventory: Unable to create allocation for 'VCPU'"
                        + " on resource provider '" + PROVIDER + "'. The requested amount would exceed the capacity."));
    }

    @Test
    void usageReleasedOutsideTheProvidersStreamIsAvailableAgain() {
        // The stream saw an earlier claim of all 8; that consumer has since moved away (a consumer event only).
        givenEightVcpuOnceClaimedBy(OTHER, 8L)
                .when(claim(INSTANCE, Map.of(), Map.of("VCPU", 8L)))
                .expectEvents(new ProviderAllocationsWritten(PROVIDER, Map.of(INSTANCE, Map.of("VCPU", 8L))));
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
        givenEightVcpu()
                .when(claim(INSTANCE, Map.of(), Map.of("VCPU", 1L, "PCI_DEVICE", 1L)))
                .expectExceptionMessage(equalTo("Unable to allocate inventory: Inventory for 'PCI_DEVICE' on resource"
                        + " provider '" + PROVIDER + "' invalid."));
    }

    @Test
    void replacingAConsumersAllocationsCountsOnlyWhatOthersHold() {
        usage.put("VCPU", 8L); // 6 held by INSTANCE itself, 2 by OTHER
        givenEightVcpu()
                .when(claim(INSTANCE, Map.of("VCPU", 6L), Map.of("VCPU", 6L)))
                .expectEvents(new ProviderAllocationsWritten(PROVIDER, Map.of(INSTANCE, Map.of("VCPU", 6L))));
    }

    @Test
    void emptyingAConsumerHereRecordsThatItHoldsNothing() {
        usage.put("VCPU", 3L);
        givenEightVcpu()
                .when(claim(INSTANCE, Map.of("VCPU", 3L), Map.of()))
                .expectEvents(new ProviderAllocationsWritten(PROVIDER, Map.of(INSTANCE, Map.of())));
    }

    @Test
    void cannotDeleteAnInventoryInUse() {
        usage.put("VCPU", 1L);
        givenEightVcpu()
                .when(new DeleteInventory(PROVIDER.toString(), PROVIDER, 1L, "VCPU"))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectExceptionMessage(
                        containsString("Inventory for 'VCPU' on resource provider '" + PROVIDER + "' in use."));
    }

    @Test
    void mayDeleteAnInventoryWhoseAllocationsWereReleased() {
        givenEightVcpuOnceClaimedBy(INSTANCE, 1L)
                .when(new DeleteInventory(PROVIDER.toString(), PROVIDER, 2L, "VCPU"))
                .expectEvents(new InventoryDeleted(PROVIDER, "VCPU"));
    }

    @Test
    void cannotUpdateAwayAnInventoryInUse() {
        usage.put("VCPU", 1L);
        givenEightVcpu()
                .when(new ReplaceInventories(
                        PROVIDER.toString(), PROVIDER, 1L, Map.of("DISK_GB", Inventory.ofTotal(10)), true))
                .expectNoEvents()
                .expectException(ConflictException.class);
        givenEightVcpu()
                .when(new UpdateInventory(PROVIDER.toString(), PROVIDER, 1L, "VCPU", Inventory.ofTotal(1), true))
                .expectEvents(new InventoryUpdated(PROVIDER, "VCPU", Inventory.ofTotal(1)));
    }

    @Test
    void replacingInventoriesListsClassesInUseInStandardOrder() {
        usage.putAll(Map.of("VCPU", 1L, "DISK_GB", 1L));
        fixture.given(
                        created(),
                        new InventoriesReplaced(
                                PROVIDER, Map.of("VCPU", Inventory.ofTotal(8), "DISK_GB", Inventory.ofTotal(80))))
                .when(new ReplaceInventories(PROVIDER.toString(), PROVIDER, 1L, Map.of(), true))
                .expectExceptionMessage(containsString("Inventory for 'VCPU, DISK_GB' on resource provider"));
    }

    @Test
    void cannotDeleteAProviderWithAllocations() {
        usage.put("VCPU", 1L);
        givenEightVcpu()
                .when(new DeleteResourceProvider(PROVIDER.toString(), PROVIDER))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("Resource provider has allocations."));
    }

    @Test
    void mayDeleteAProviderWhoseAllocationsWereAllReleased() {
        givenEightVcpuOnceClaimedBy(INSTANCE, 1L)
                .when(new DeleteResourceProvider(PROVIDER.toString(), PROVIDER))
                .expectEvents(new ResourceProviderDeleted(PROVIDER));
    }

    /** A reshape to 8 VCPU and no VGPU, in the same write that moves INSTANCE's 1 VGPU off this provider. */
    private static Reshape dropVgpuWhileInstanceMovesItsOneVgpuAway() {
        return new Reshape(
                PROVIDER.toString(),
                Map.of("VCPU", Inventory.ofTotal(8)),
                change(INSTANCE, Map.of("VGPU", 1L), Map.of()),
                false);
    }

    @Test
    void reshapingMayDropAClassWhoseAllocationsMoveAwayInTheSameWrite() {
        usage.put("VGPU", 1L);
        Map<String, Inventory> before = Map.of("VCPU", Inventory.ofTotal(8), "VGPU", Inventory.ofTotal(1));
        fixture.given(created(), new InventoriesReplaced(PROVIDER, before))
                .when(dropVgpuWhileInstanceMovesItsOneVgpuAway())
                .expectEvents(
                        new InventoriesReplaced(PROVIDER, before),
                        new InventoriesReplaced(PROVIDER, Map.of("VCPU", Inventory.ofTotal(8))));
    }

    @Test
    void reshapingMayNotDropAClassStillInUseAfterTheWrite() {
        usage.put("VGPU", 2L); // 1 moves away in this write, OTHER keeps 1
        Map<String, Inventory> before = Map.of("VCPU", Inventory.ofTotal(8), "VGPU", Inventory.ofTotal(2));
        fixture.given(created(), new InventoriesReplaced(PROVIDER, before))
                .when(dropVgpuWhileInstanceMovesItsOneVgpuAway())
                .expectNoEvents()
                .expectExceptionMessage(containsString("Inventory for 'VGPU' on resource provider"));
    }

    @Test
    void reshapingAProviderAllocatedAgainstTakesThreeSteps() {
        Map<String, Inventory> before = Map.of("VCPU", Inventory.ofTotal(8));
        Map<String, Inventory> after = Map.of("VCPU", Inventory.ofTotal(16));
        fixture.given(created(), new InventoriesReplaced(PROVIDER, before))
                .when(new Reshape(PROVIDER.toString(), after, change(INSTANCE, Map.of(), Map.of("VCPU", 12L)), true))
                .expectEvents(
                        new InventoriesReplaced(PROVIDER, after),
                        new ProviderAllocationsWritten(PROVIDER, Map.of(INSTANCE, Map.of("VCPU", 12L))),
                        new InventoriesReplaced(PROVIDER, after));
    }
}
