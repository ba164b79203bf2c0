package io.inventoryledger.projections.candidates;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A provider in a tree that takes part in the candidates: capacity and usage of every class it has
 * inventory of, its traits, and its place in its tree.
 */
public record ProviderSummary(
        UUID uuid, UUID parentUuid, UUID rootUuid, Map<String, Usage> resources, List<String> traits) {

    /** Placement's capacity ((total - reserved) * allocation_ratio) and the amount in use. */
    public record Usage(long capacity, long used) {}
}
