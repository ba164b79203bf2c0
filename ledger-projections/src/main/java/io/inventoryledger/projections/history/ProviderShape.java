package io.inventoryledger.projections.history;

/** A provider's shape row: the snapshot, and whether that incarnation had been deleted by then. */
public record ProviderShape(ProviderSnapshot snapshot, boolean deleted) {}
