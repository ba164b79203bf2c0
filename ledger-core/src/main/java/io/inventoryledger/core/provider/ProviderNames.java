package io.inventoryledger.core.provider;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import java.util.UUID;

/** Placement's rules and wording for provider names and provider-level refusals. */
final class ProviderNames {
    static final int MAX_LENGTH = 200;

    private ProviderNames() {}

    static void check(String name) {
        if (name == null || name.isEmpty() || name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new InvalidRequestException("A provider name must be 1 to " + MAX_LENGTH + " characters long.");
        }
    }

    static ConflictException duplicate(String name) {
        return new ConflictException(
                ErrorCodes.DUPLICATE_NAME, "Conflicting resource provider name: " + name + " already exists.");
    }

    static InvalidRequestException cannotCreate(String name, UUID uuid, String reason) {
        return new InvalidRequestException("Unable to create resource provider \"" + name + "\", " + uuid
                + ": Object action create failed because: " + reason);
    }

    static InvalidRequestException cannotSave(UUID uuid, String action, String reason) {
        return new InvalidRequestException("Unable to save resource provider " + uuid + ": Object action " + action
                + " failed because: " + reason);
    }
}
