package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.Inventory;

/** One inventory record of a provider, as the read model holds it. */
public record InventoryRow(String resourceClass, Inventory inventory) {}
