package io.inventoryledger.core.resourceclass;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands to custom resource classes, whose streams are keyed by name. */
public sealed interface ResourceClassCommand {

    /**
     * POST /resource_classes ({@code mustBeNew}: an existing class is a 409) or PUT at 1.7+ (an existing
     * class is fine). Answers true when the class was created.
     */
    record CreateResourceClass(String name, boolean mustBeNew) implements ResourceClassCommand {
        @TargetAggregateIdentifier
        public String resourceClassId() {
            return ResourceClass.streamOf(name);
        }
    }

    /** DELETE /resource_classes/{name}. */
    record DeleteResourceClass(String name) implements ResourceClassCommand {
        @TargetAggregateIdentifier
        public String resourceClassId() {
            return ResourceClass.streamOf(name);
        }
    }

    /** PUT /resource_classes/{name} below 1.7: the class takes a new name. Touches both names' streams. */
    record RenameResourceClass(String name, String newName) implements ResourceClassCommand {}
}
