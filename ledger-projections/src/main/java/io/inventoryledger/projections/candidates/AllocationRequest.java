package io.inventoryledger.projections.candidates;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One allocation candidate: what to claim from which provider, and which providers satisfied each
 * request group (mappings, suffix "" for the unnumbered group). A provider that satisfied only a
 * resourceless group appears in the mappings but not in the allocations.
 */
public record AllocationRequest(Map<UUID, Map<String, Long>> allocations, Map<String, Set<UUID>> mappings) {}
