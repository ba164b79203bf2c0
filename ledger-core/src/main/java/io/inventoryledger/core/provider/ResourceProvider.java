package io.inventoryledger.core.provider;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import io.inventoryledger.core.error.ConcurrentUpdateException;
import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.provider.ResourceProviderCommand.AddInventory;
import io.inventoryledger.core.provider.ResourceProviderCommand.CreateResourceProvider;
import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteInventory;
import io.inventoryledger.core.provider.ResourceProviderCommand.DeleteResourceProvider;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceInventories;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceProviderAggregates;
import io.inventoryledger.core.provider.ResourceProviderCommand.ReplaceProviderTraits;
import io.inventoryledger.core.provider.ResourceProviderCommand.UpdateInventory;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import io.inventoryledger.core.trait.TraitCatalog;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One resource provider's ledger: its inventories and the writes allocated against them. The sequence
 * number of its stream is the provider's generation. What is allocated here now comes through
 * {@link ProviderUsages}: releases are recorded on consumer streams only, as Placement does not move the
 * provider's generation for them.
 */
public class ResourceProvider {
    @AggregateIdentifier
    private String providerId;

    private UUID uuid;
    private Map<String, Inventory> inventories = new TreeMap<>();

    protected ResourceProvider() {
        // for Axon
    }

    @CommandHandler
    public ResourceProvider(CreateResourceProvider command, ProviderDirectory directory) {
        ProviderNames.check(command.name());
        UUID parent = command.parentProviderUuid();
        if (parent != null && parent.equals(command.providerUuid())) {
            throw ProviderNames.cannotCreate(
                    command.name(),
                    command.providerUuid(),
                    "parent provider UUID cannot be same as UUID. "
                            + "Please set parent provider UUID to None if there is no parent.");
        }
        if (parent != null && !directory.existsLocked(parent)) {
            throw ProviderNames.cannotCreate(
                    command.name(), command.providerUuid(), "parent provider UUID does not exist.");
        }
        // Placement finds a duplicate name only when it writes, after the parent checks.
        if (directory.nameTakenByOther(command.name(), command.providerUuid())) {
            throw ProviderNames.duplicate(command.name());
        }
        apply(new ResourceProviderCreated(command.providerUuid(), command.incarnation(), command.name(), parent));
    }

    @CommandHandler
    public void handle(ReplaceInventories command, ResourceClassCatalog catalog, ProviderUsages usages) {
        command.inventories()
                .forEach((rc, inventory) -> InventoryRules.check(
                        uuid, rc, inventory, command.reservedMayEqualTotal(), catalog, InventoryRules.Write.REPLACE));
        refuseLosingCapacityInUse(command.inventories(), usages.of(uuid));
        apply(new InventoriesReplaced(uuid, command.inventories()));
    }

    @CommandHandler
    public void handle(AddInventory command, ResourceClassCatalog catalog) {
        InventoryRules.check(
                uuid,
                command.resourceClass(),
                command.inventory(),
                command.reservedMayEqualTotal(),
                catalog,
                InventoryRules.Write.CREATE);
        if (inventories.containsKey(command.resourceClass())) {
            throw new ConcurrentUpdateException("Update conflict: Inventory for '" + command.resourceClass()
                    + "' on resource provider '" + uuid + "' already exists.");
        }
        apply(new InventoryAdded(uuid, command.resourceClass(), command.inventory()));
    }

    @CommandHandler
    public void handle(UpdateInventory command, ResourceClassCatalog catalog, ProviderUsages usages) {
        InventoryRules.check(
                uuid,
                command.resourceClass(),
                command.inventory(),
                command.reservedMayEqualTotal(),
                catalog,
                InventoryRules.Write.UPDATE);
        if (!inventories.containsKey(command.resourceClass())) {
            throw new InvalidRequestException("No inventory record with resource class for resource provider " + uuid
                    + ": No inventory of class " + command.resourceClass() + " found.");
        }
        Map<String, Inventory> after = new TreeMap<>(inventories);
        after.put(command.resourceClass(), command.inventory());
        refuseLosingCapacityInUse(after, usages.of(uuid));
        apply(new InventoryUpdated(uuid, command.resourceClass(), command.inventory()));
    }

    @CommandHandler
    public void handle(DeleteInventory command, ProviderUsages usages) {
        if (!inventories.containsKey(command.resourceClass())) {
            throw new NotFoundException("No inventory of class " + command.resourceClass()
                    + " found for delete: No inventory of class " + command.resourceClass() + " found.");
        }
        if (usages.of(uuid).getOrDefault(command.resourceClass(), 0L) > 0) {
            throw new ConflictException(
                    ErrorCodes.INVENTORY_INUSE,
                    "Unable to delete inventory of class " + command.resourceClass() + ": "
                            + inUse(new TreeSet<>(Set.of(command.resourceClass()))));
        }
        apply(new InventoryDeleted(uuid, command.resourceClass()));
    }

    @CommandHandler
    public void handle(DeleteResourceProvider command, ProviderDirectory directory, ProviderUsages usages) {
        if (directory.hasChildrenLocked(uuid)) {
            throw new ConflictException(
                    ErrorCodes.PROVIDER_CANNOT_DELETE_PARENT,
                    "Unable to delete parent resource provider " + uuid + ": It has child resource providers.");
        }
        if (usages.of(uuid).values().stream().anyMatch(amount -> amount > 0)) {
            throw new ConflictException(
                    ErrorCodes.PROVIDER_INUSE,
                    "Unable to delete resource provider " + uuid + ": Resource provider has allocations.");
        }
        apply(new ResourceProviderDeleted(uuid));
    }

    // ---- Allocations (claims, reshapes): driven by AllocationCommandHandler, one unit of work ----

    /**
     * A write allocates against this provider: these consumers' allocations here become
     * {@code change.after()}, within Placement's rules, given what the provider has allocated now.
     */
    public void allocate(ProviderAllocationChange change, ProviderUsages usages) {
        checkAllocation(change, usages);
        recordAllocation(change);
    }

    /** Refuses {@code change} as {@link #allocate} would, changing nothing. */
    public void checkAllocation(ProviderAllocationChange change, ProviderUsages usages) {
        Map<String, Long> others = AllocationRules.withoutConsumers(usages.of(uuid), change.before());
        AllocationRules.check(uuid, inventories, others, change.after());
    }

    /** Records {@code change}, checked already by {@link #checkAllocation} in this unit of work. */
    public void recordAllocation(ProviderAllocationChange change) {
        apply(new ProviderAllocationsWritten(uuid, change.consumersAfter()));
    }

    /**
     * POST /reshaper for this provider, as Placement does it: an interim inventory (old and new records
     * together) so that allocations can move, then the allocations when the write allocates here
     * ({@code allocatesHere}), then the inventory asked for, which may not drop a class still in use
     * once {@code change} is made. {@code inventories} is null when only allocations change here.
     */
    public void reshape(
            Map<String, Inventory> inventories,
            ProviderAllocationChange change,
            boolean allocatesHere,
            ProviderUsages usages,
            ResourceClassCatalog catalog) {
        if (inventories != null) {
            inventories.forEach((rc, inventory) ->
                    InventoryRules.check(uuid, rc, inventory, true, catalog, InventoryRules.Write.REPLACE));
            if (!inventories.isEmpty()) {
                Map<String, Inventory> interim = new TreeMap<>(this.inventories);
                interim.putAll(inventories);
                apply(new InventoriesReplaced(uuid, interim));
            }
        }
        if (allocatesHere) {
            allocate(change, usages);
        }
        if (inventories != null) {
            refuseLosingCapacityInUse(inventories, change.usageAfter(usages.of(uuid)));
            apply(new InventoriesReplaced(uuid, inventories));
        }
    }

    /** Capacity per resource class, for the operator's consistency check. */
    public Map<String, Long> capacities() {
        Map<String, Long> capacities = new TreeMap<>();
        inventories.forEach((rc, inventory) -> capacities.put(rc, inventory.capacity()));
        return capacities;
    }

    // --- traits and aggregates: replaced wholesale, one event each (generation +1), no state kept here ---

    @CommandHandler
    public void handle(ReplaceProviderTraits command, TraitCatalog traits) {
        ProviderTopologyRules.requireKnownTraits(command.traits(), traits);
        apply(new ProviderTraitsReplaced(uuid, command.traits()));
    }

    @CommandHandler
    public void handle(ReplaceProviderAggregates command) {
        ProviderTopologyRules.requireDistinct(command.aggregates());
        apply(new ProviderAggregatesReplaced(uuid, command.aggregates()));
    }

    /** Placement refuses an inventory change that would leave allocations without inventory. */
    private void refuseLosingCapacityInUse(Map<String, Inventory> after, Map<String, Long> used) {
        SortedSet<String> lost = new TreeSet<>(ResourceClassOrder.STABLE);
        used.forEach((rc, amount) -> {
            if (amount > 0 && !after.containsKey(rc)) {
                lost.add(rc);
            }
        });
        if (!lost.isEmpty()) {
            throw new ConflictException(ErrorCodes.INVENTORY_INUSE, "update conflict: " + inUse(lost));
        }
    }

    private String inUse(SortedSet<String> classes) {
        return "Inventory for '" + String.join(", ", classes) + "' on resource provider '" + uuid + "' in use.";
    }

    @EventSourcingHandler
    void on(ResourceProviderCreated event) {
        this.providerId = ProviderStreamId.of(event.providerUuid(), event.incarnation());
        this.uuid = event.providerUuid();
    }

    @EventSourcingHandler
    void on(InventoriesReplaced event) {
        inventories = new TreeMap<>(event.inventories());
    }

    @EventSourcingHandler
    void on(InventoryAdded event) {
        inventories.put(event.resourceClass(), event.inventory());
    }

    @EventSourcingHandler
    void on(InventoryUpdated event) {
        inventories.put(event.resourceClass(), event.inventory());
    }

    @EventSourcingHandler
    void on(InventoryDeleted event) {
        inventories.remove(event.resourceClass());
    }

    @EventSourcingHandler
    void on(ResourceProviderDeleted event) {
        markDeleted();
    }
}
