package io.inventoryledger.core.resourceclass;

/**
 * Which resource classes exist: the standard ones plus the custom ones recorded in the ledger.
 * Injected into command handlers so that aggregates can refuse unknown classes.
 */
@FunctionalInterface
public interface ResourceClassCatalog {
    boolean exists(String resourceClass);

    /** A catalog of the standard classes only. */
    static ResourceClassCatalog standardOnly() {
        return StandardResourceClasses::isStandard;
    }
}
