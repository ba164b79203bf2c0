package io.inventoryledger.projections.candidates;

/** How granular groups relate: {@code ISOLATE} puts each on a different provider. */
public enum GroupPolicy {
    NONE,
    ISOLATE
}
