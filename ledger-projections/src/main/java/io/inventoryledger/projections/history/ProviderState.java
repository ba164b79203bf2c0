package io.inventoryledger.projections.history;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A provider as Placement's API showed it at one point of the ledger: its shape (name, parent, inventories, traits,
 * aggregates), root, generation and usage per class of its inventory; {@code position} and {@code time} say where.
 */
public record ProviderState(
        UUID uuid,
        ProviderSnapshot snapshot,
        long generation,
        UUID root,
        Map<String, Long> usages,
        long position,
        Instant time) {}
