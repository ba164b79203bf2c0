package io.inventoryledger.core.trait;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands to a custom trait's stream, which is keyed by the trait's name. */
public sealed interface TraitCommand {
    String name();

    /** PUT /traits/{name}: creates the trait unless it exists; answers true when it was created. */
    record CreateTrait(String name) implements TraitCommand {
        @TargetAggregateIdentifier
        public String traitId() {
            return Trait.streamOf(name);
        }
    }

    /** DELETE /traits/{name}. */
    record DeleteTrait(String name) implements TraitCommand {
        @TargetAggregateIdentifier
        public String traitId() {
            return Trait.streamOf(name);
        }
    }
}
