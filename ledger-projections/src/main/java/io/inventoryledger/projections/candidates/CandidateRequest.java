package io.inventoryledger.projections.candidates;

import java.util.List;
import java.util.Set;

/**
 * A parsed GET /allocation_candidates query.
 *
 * @param groups          request groups, in the order their suffixes first appear in the query
 * @param groupPolicy     null when not given
 * @param limit           null when not given
 * @param rootRequired    traits the root of each candidate's tree must have (1.35)
 * @param rootForbidden   traits it must not have
 * @param sameSubtrees    sets of suffixes whose providers must share a subtree (1.36)
 * @param nestedAware     one group may combine providers of a tree (1.29); if false, a candidate takes one
 *                        provider per tree
 */
public record CandidateRequest(
        List<RequestGroup> groups,
        GroupPolicy groupPolicy,
        Integer limit,
        Set<String> rootRequired,
        Set<String> rootForbidden,
        List<Set<String>> sameSubtrees,
        boolean nestedAware) {

    public CandidateRequest {
        groups = List.copyOf(groups);
        rootRequired = Set.copyOf(rootRequired);
        rootForbidden = Set.copyOf(rootForbidden);
        sameSubtrees = sameSubtrees.stream().map(Set::copyOf).toList();
    }

    /** A nested-aware request of these groups, no limit, no root or subtree constraints. */
    public static CandidateRequest of(GroupPolicy policy, RequestGroup... groups) {
        return new CandidateRequest(List.of(groups), policy, null, Set.of(), Set.of(), List.of(), true);
    }

    public CandidateRequest withLimit(Integer newLimit) {
        return new CandidateRequest(
                groups, groupPolicy, newLimit, rootRequired, rootForbidden, sameSubtrees, nestedAware);
    }

    public CandidateRequest withNestedAware(boolean nested) {
        return new CandidateRequest(groups, groupPolicy, limit, rootRequired, rootForbidden, sameSubtrees, nested);
    }

    public CandidateRequest withRoot(Set<String> required, Set<String> forbidden) {
        return new CandidateRequest(groups, groupPolicy, limit, required, forbidden, sameSubtrees, nestedAware);
    }

    public CandidateRequest withSameSubtrees(List<Set<String>> subtrees) {
        return new CandidateRequest(groups, groupPolicy, limit, rootRequired, rootForbidden, subtrees, nestedAware);
    }
}
