package io.inventoryledger.core.trait;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.inventoryledger.core.catalog.CustomNames;
import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.trait.TraitCommand.CreateTrait;
import io.inventoryledger.core.trait.TraitCommand.DeleteTrait;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A custom trait, keyed by its name: the event store's unique stream key makes the name unique. The
 * stream outlives a delete, so a name deleted and created again continues the same stream.
 */
public class Trait {
    private static final String STREAM_PREFIX = "trait/";

    @AggregateIdentifier
    private String traitId;

    private boolean exists;

    protected Trait() {
        // for Axon
    }

    public static String streamOf(String name) {
        return STREAM_PREFIX + name;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(CreateTrait command) {
        if (!CustomNames.isValid(command.name())) {
            throw new InvalidRequestException("The trait is invalid. A valid trait must be no longer than 255"
                    + " characters, start with the prefix \"CUSTOM_\" and use following characters: \"A\"-\"Z\","
                    + " \"0\"-\"9\" and \"_\"");
        }
        if (exists) {
            return false;
        }
        apply(new TraitCreated(command.name()));
        return true;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeleteTrait command, TraitUsage usage) {
        if (StandardTraits.isStandard(command.name())) {
            throw new InvalidRequestException("Cannot delete standard trait " + command.name() + ".");
        }
        if (!exists) {
            throw new NotFoundException("No such trait(s): " + command.name() + ".");
        }
        if (usage.isAssociatedLocked(command.name())) {
            throw new ConflictException("The trait " + command.name() + " is in use by a resource provider.");
        }
        apply(new TraitDeleted(command.name()));
    }

    @EventSourcingHandler
    void on(TraitCreated event) {
        traitId = streamOf(event.name());
        exists = true;
    }

    @EventSourcingHandler
    void on(TraitDeleted event) {
        exists = false;
    }
}
