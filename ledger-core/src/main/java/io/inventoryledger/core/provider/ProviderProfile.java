package io.inventoryledger.core.provider;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.provider.ProviderProfileCommand.ReplaceAggregatesUncounted;
import io.inventoryledger.core.provider.ProviderProfileCommand.UpdateResourceProvider;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A provider's name and place in the tree after its creation. A stream of its own because Placement
 * does not count these changes in the provider's generation; it begins with the first change.
 */
public class ProviderProfile {
    @AggregateIdentifier
    private String profileId;

    protected ProviderProfile() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(UpdateResourceProvider command, ProviderDirectory directory) {
        UUID self = command.providerUuid();
        ProviderNames.check(command.name());
        // Locks the provider's row: a delete racing with this change waits for it, or it sees the delete.
        if (!directory.existsLocked(self)) {
            throw new NotFoundException("No resource provider with uuid " + self + " found");
        }
        UUID currentParent = directory.parentOf(self);
        UUID parent = command.parentGiven() ? command.parentProviderUuid() : currentParent;
        if (command.parentGiven()) {
            checkParentChange(command, directory, currentParent, parent);
        }
        // Placement finds a duplicate name only when it writes, after the parent checks.
        if (directory.nameTakenByOther(command.name(), self)) {
            throw ProviderNames.duplicate(command.name());
        }
        apply(new ResourceProviderUpdated(self, command.incarnation(), command.name(), parent));
    }

    private static void checkParentChange(
            UpdateResourceProvider command, ProviderDirectory directory, UUID currentParent, UUID parent) {
        UUID self = command.providerUuid();
        if (parent == null) {
            if (currentParent != null && !command.reparentingAllowed()) {
                throw ProviderNames.cannotSave(self, "update", "un-parenting a provider is not currently allowed.");
            }
            return;
        }
        if (!directory.existsLocked(parent)) {
            throw ProviderNames.cannotSave(self, "create", "parent provider UUID does not exist.");
        }
        if (currentParent != null && !Objects.equals(currentParent, parent) && !command.reparentingAllowed()) {
            throw ProviderNames.cannotSave(self, "update", "re-parenting a provider is not currently allowed.");
        }
        if (directory.isInSubtree(parent, self)) {
            throw ProviderNames.cannotSave(self, "update", "creating loop in the provider tree is not allowed.");
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReplaceAggregatesUncounted command, ProviderDirectory directory) {
        // the lock keeps the provider from being deleted before this commits
        if (!directory.existsLocked(command.providerUuid())) {
            throw new NotFoundException("No resource provider with uuid " + command.providerUuid() + " found");
        }
        ProviderTopologyRules.requireDistinct(command.aggregates());
        apply(new ProviderAggregatesReplacedUncounted(
                command.providerUuid(), command.incarnation(), command.aggregates()));
    }

    @EventSourcingHandler
    void on(ProviderAggregatesReplacedUncounted event) {
        this.profileId = ProviderStreamId.profileOf(ProviderStreamId.of(event.providerUuid(), event.incarnation()));
    }

    @EventSourcingHandler
    void on(ResourceProviderUpdated event) {
        this.profileId = ProviderStreamId.profileOf(ProviderStreamId.of(event.providerUuid(), event.incarnation()));
    }
}
