package io.inventoryledger.projections.history;

import java.util.UUID;

/** What one consumer held of one class on one provider, before and after a change (0: nothing). */
public record AllocationChange(UUID resourceProvider, UUID consumer, String resourceClass, long before, long after) {}
