package io.inventoryledger.projections.candidateindex;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Rows read from the read tables in one snapshot: the providers asked for that still exist, and the
 * providers each asked-for consumer holds allocations on now (absent: the consumer holds nothing).
 */
final class IndexRows {
    final Map<UUID, ProviderState> providers = new HashMap<>();
    final Map<UUID, Set<UUID>> consumerProviders = new HashMap<>();
    /** Every provider uuid that was looked for (present or not). */
    final Set<UUID> asked = new java.util.HashSet<>();
}
