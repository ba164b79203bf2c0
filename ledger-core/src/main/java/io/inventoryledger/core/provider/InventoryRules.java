package io.inventoryledger.core.provider;

import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.NotFoundException;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import java.util.UUID;

/** Placement's rules for a single inventory record; a broken rule is a 400. */
final class InventoryRules {
    /** Which write checks the record: Placement words (and, for an unknown class, answers) each its own way. */
    enum Write {
        REPLACE,
        CREATE,
        UPDATE
    }

    private InventoryRules() {}

    static void check(
            UUID provider,
            String resourceClass,
            Inventory inventory,
            boolean reservedMayEqualTotal,
            ResourceClassCatalog catalog,
            Write write) {
        if (!catalog.exists(resourceClass)) {
            String noSuchClass = "No such resource class " + resourceClass + ".";
            throw switch (write) {
                case REPLACE ->
                    new InvalidRequestException("Unknown resource class in inventory for resource provider " + provider
                            + ": " + noSuchClass);
                case CREATE ->
                    new InvalidRequestException(
                            "Unable to create inventory for resource provider " + provider + ": " + noSuchClass);
                case UPDATE -> new NotFoundException(noSuchClass);
            };
        }
        requireRange(provider, resourceClass, "total", inventory.total(), 1);
        requireRange(provider, resourceClass, "reserved", inventory.reserved(), 0);
        requireRange(provider, resourceClass, "min_unit", inventory.minUnit(), 1);
        requireRange(provider, resourceClass, "max_unit", inventory.maxUnit(), 1);
        requireRange(provider, resourceClass, "step_size", inventory.stepSize(), 1);
        if (!(inventory.allocationRatio() > 0) || Double.isInfinite(inventory.allocationRatio())) {
            throw invalid(provider, resourceClass, "allocation_ratio must be greater than 0");
        }
        if (inventory.minUnit() > inventory.maxUnit()) {
            throw invalid(provider, resourceClass, "min_unit must be less than or equal to max_unit");
        }
        // Placement's own test is on capacity: below 1.26 it must be positive, from 1.26 not negative.
        boolean reservedTooLarge = reservedMayEqualTotal ? inventory.capacity() < 0 : inventory.capacity() <= 0;
        if (reservedTooLarge) {
            throw new InvalidRequestException("Unable to " + (write == Write.CREATE ? "create" : "update")
                    + " inventory for resource provider " + provider
                    + ": Invalid inventory for '" + resourceClass + "' on resource provider '" + provider
                    + "'. The reserved value is greater than " + (reservedMayEqualTotal ? "" : "or equal to ")
                    + "total.");
        }
    }

    private static void requireRange(UUID provider, String resourceClass, String field, long value, long min) {
        if (value < min || value > Inventory.MAX_INT) {
            throw invalid(
                    provider,
                    resourceClass,
                    field + " must be between " + min + " and " + Inventory.MAX_INT + ", got " + value);
        }
    }

    private static InvalidRequestException invalid(UUID provider, String resourceClass, String why) {
        return new InvalidRequestException(
                "Bad inventory " + resourceClass + " for resource provider " + provider + ": " + why);
    }
}
