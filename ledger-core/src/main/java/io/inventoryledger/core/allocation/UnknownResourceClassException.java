package io.inventoryledger.core.allocation;

import io.inventoryledger.core.error.InvalidRequestException;

/** An allocation names a resource class that does not exist (HTTP 400; each route words its prefix). */
public class UnknownResourceClassException extends InvalidRequestException {
    public UnknownResourceClassException(String resourceClass) {
        super("No such resource class " + resourceClass + ".");
    }
}
