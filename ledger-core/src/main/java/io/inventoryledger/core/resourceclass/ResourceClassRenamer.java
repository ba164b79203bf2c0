package io.inventoryledger.core.resourceclass;

import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.resourceclass.ResourceClassCommand.RenameResourceClass;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Renames a custom resource class: one event on the old name's stream and one on the new name's, in one
 * unit of work (a failure stores neither). Streams are touched in name order so that crossed renames
 * cannot deadlock.
 */
public class ResourceClassRenamer {
    private final Repository<ResourceClass> repository;

    public ResourceClassRenamer(Repository<ResourceClass> repository) {
        this.repository = repository;
    }

    @CommandHandler
    public void handle(RenameResourceClass command, ResourceClassUsage usage) throws Exception {
        if (StandardResourceClasses.isStandard(command.name())) {
            throw new InvalidRequestException("Cannot update standard resource class " + command.name());
        }
        ResourceClassNames.requireCustom(command.newName());
        if (command.name().equals(command.newName())) {
            requireOld(command.name()).execute(ResourceClass::verifyExists);
            return;
        }
        boolean oldFirst = command.name().compareTo(command.newName()) < 0;
        if (oldFirst) {
            requireOld(command.name()).execute(rc -> rc.renameTo(command.newName(), usage));
            loadNew(command);
        } else {
            loadNew(command);
            requireOld(command.name()).execute(rc -> rc.renameTo(command.newName(), usage));
        }
    }

    private void loadNew(RenameResourceClass command) throws Exception {
        repository
                .loadOrCreate(ResourceClass.streamOf(command.newName()), ResourceClass::new)
                .execute(rc -> rc.takeNameFrom(command.name(), command.newName()));
    }

    private Aggregate<ResourceClass> requireOld(String name) {
        try {
            return repository.load(ResourceClass.streamOf(name));
        } catch (AggregateNotFoundException never) {
            throw new NotFoundException("No such resource class " + name + ".");
        }
    }
}
