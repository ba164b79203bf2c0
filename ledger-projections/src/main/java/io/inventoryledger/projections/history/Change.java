package io.inventoryledger.projections.history;

/** A value before and after a change; null on a side where there was none. */
public record Change<T>(T before, T after) {}
