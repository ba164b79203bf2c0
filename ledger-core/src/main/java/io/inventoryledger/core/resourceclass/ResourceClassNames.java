package io.inventoryledger.core.resourceclass;

import io.inventoryledger.core.catalog.CustomNames;
import io.inventoryledger.core.error.InvalidRequestException;

/** Placement's rules and wording for custom resource class names. */
final class ResourceClassNames {
    private ResourceClassNames() {}

    static void requireCustom(String name) {
        if (!CustomNames.isValid(name)) {
            throw new InvalidRequestException("A custom resource class name must match " + CustomNames.PATTERN
                    + " and be at most " + CustomNames.MAX_LENGTH + " characters long: " + name);
        }
    }
}
