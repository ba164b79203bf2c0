package io.inventoryledger.projections.candidates;

import java.util.List;

/**
 * The answer to a candidates query.
 *
 * @param truncated true when the engine stopped at its bound ({@link EngineSettings#maxCandidates()})
 *                  before the request's own limit: more candidates exist than were returned
 * @param stats     what the search cost (trees visited, skipped and opened, combinations examined)
 */
public record AllocationCandidates(
        List<AllocationRequest> allocationRequests,
        List<ProviderSummary> providerSummaries,
        boolean truncated,
        SearchStats stats) {

    public static final AllocationCandidates NONE =
            new AllocationCandidates(List.of(), List.of(), false, SearchStats.NONE);
}
