package io.inventoryledger.core.resourceclass;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.resourceclass.ResourceClassCommand.CreateResourceClass;
import io.inventoryledger.core.resourceclass.ResourceClassCommand.DeleteResourceClass;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A custom resource class, keyed by its name: the event store's unique stream key makes the name unique.
 * The stream outlives a delete, so a name deleted and created again continues the same stream.
 */
public class ResourceClass {
    private static final String STREAM_PREFIX = "resource-class/";

    @AggregateIdentifier
    private String resourceClassId;

    private String name;
    private boolean exists;

    protected ResourceClass() {
        // for Axon
    }

    public static String streamOf(String name) {
        return STREAM_PREFIX + name;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(CreateResourceClass command) {
        ResourceClassNames.requireCustom(command.name());
        if (exists) {
            if (command.mustBeNew()) {
                throw new ConflictException("Conflicting resource class already exists: " + command.name());
            }
            return false;
        }
        apply(new ResourceClassCreated(command.name()));
        return true;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeleteResourceClass command, ResourceClassUsage usage) {
        if (StandardResourceClasses.isStandard(command.name())) {
            throw new InvalidRequestException("Error in delete resource class: Cannot delete standard resource"
                    + " class " + command.name() + ".");
        }
        requireExists(command.name());
        if (usage.isInUseLocked(command.name())) {
            throw new ConflictException("Error in delete resource class: Cannot delete resource class " + command.name()
                    + ". Class is in use in inventory.");
        }
        apply(new ResourceClassDeleted(command.name()));
    }

    /** The old name's half of a rename; see {@link ResourceClassRenamer}. */
    void renameTo(String newName, ResourceClassUsage usage) {
        requireExists(name);
        // Inventories and allocations name their class: renaming a used class would orphan them.
        if (usage.isInUseLocked(name)) {
            throw new ConflictException("Cannot rename resource class " + name + ": it is in use in inventory.");
        }
        apply(new ResourceClassRenamed(name, newName));
    }

    /** A rename to the same name changes nothing, if the class exists. */
    void verifyExists() {
        requireExists(name);
    }

    /** The new name's half of a rename. */
    void takeNameFrom(String oldName, String newName) {
        ResourceClassNames.requireCustom(newName);
        if (exists) {
            throw new ConflictException("Resource class already exists: " + newName);
        }
        apply(new ResourceClassCreated(newName));
    }

    private void requireExists(String wanted) {
        if (!exists) {
            throw new NotFoundException("No such resource class " + wanted + ".");
        }
    }

    @EventSourcingHandler
    void on(ResourceClassCreated event) {
        resourceClassId = streamOf(event.name());
        name = event.name();
        exists = true;
    }

    @EventSourcingHandler
    void on(ResourceClassDeleted event) {
        exists = false;
    }

    @EventSourcingHandler
    void on(ResourceClassRenamed event) {
        exists = false;
    }
}
