package io.inventoryledger.core.resourceclass;

/**
 * Whether a custom resource class is used by some provider's inventory; locks the class so that no
 * inventory can take it up meanwhile.
 */
@FunctionalInterface
public interface ResourceClassUsage {
    boolean isInUseLocked(String resourceClass);
}
