package io.inventoryledger.core.trait;

/** Whether a custom trait is associated with a provider; locks the trait so that none can be associated meanwhile. */
@FunctionalInterface
public interface TraitUsage {
    boolean isAssociatedLocked(String trait);
}
