package io.inventoryledger.core.provider;

import java.util.Map;
import java.util.UUID;

/**
 * The part of a write that concerns one provider: per consumer, what it holds here now ({@code before})
 * and what it will hold here ({@code after}; a consumer absent from it holds nothing here any more).
 */
public record ProviderAllocationChange(Map<UUID, Map<String, Long>> before, Map<UUID, Map<String, Long>> after) {
    public ProviderAllocationChange {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }
}
