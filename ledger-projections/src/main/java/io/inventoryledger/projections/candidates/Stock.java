package io.inventoryledger.projections.candidates;

import io.inventoryledger.core.provider.Inventory;

/**
 * One resource class on one provider: its inventory (null when only usage is known, e.g. while
 * events are applied out of order) and the amount in use.
 */
record Stock(Inventory inventory, long used) {

    boolean hasInventory() {
        return inventory != null;
    }

    /** Placement's capacity: (total - reserved) * allocation_ratio, truncated. */
    long capacity() {
        return inventory.capacity();
    }

    /** Whether one more allocation of {@code amount} fits, by Placement's SQL capacity check. */
    boolean fits(long amount) {
        return inventory != null
                && amount >= inventory.minUnit()
                && amount <= inventory.maxUnit()
                && amount % inventory.stepSize() == 0
                && amount <= capacity() - used;
    }

    /** Whether a consolidated amount (several groups on one provider) still fits: capacity and max_unit only. */
    boolean fitsConsolidated(long amount) {
        return inventory != null && amount <= inventory.maxUnit() && amount <= capacity() - used;
    }

    Stock withUsed(long newUsed) {
        return new Stock(inventory, newUsed);
    }

    Stock withInventory(Inventory newInventory) {
        return new Stock(newInventory, used);
    }
}
