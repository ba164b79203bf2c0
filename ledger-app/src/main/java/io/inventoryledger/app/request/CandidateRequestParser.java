package io.inventoryledger.app.request;

import io.inventoryledger.app.web.schema.PlacementSchemas;
import io.inventoryledger.app.web.schema.PythonRepr;
import io.inventoryledger.app.web.schema.RequestSchema;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import io.inventoryledger.projections.candidates.CandidateRequest;
import io.inventoryledger.projections.candidates.GroupPolicy;
import io.inventoryledger.projections.candidates.RequestGroup;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the query of GET /allocation_candidates into a {@link CandidateRequest}, refusing what
 * Placement 8.0.0 refuses with its 400 wording and codes, checked in its order: schema, request-wide
 * parameters, groups, group structure, then unknown traits and resource classes.
 */
public final class CandidateRequestParser {
    private final ResourceClassCatalog resourceClasses;
    private final KnownTraits traits;

    public CandidateRequestParser(ResourceClassCatalog resourceClasses, KnownTraits traits) {
        this.resourceClasses = resourceClasses;
        this.traits = traits;
    }

    /**
     * @param query        every query parameter with all its values, keys in the order they first appear
     * @param microversion the request's minor version (1.10 and later)
     * @throws InvalidRequestException a 400, with Placement's code and detail
     */
    public CandidateRequest parse(Map<String, List<String>> query, int microversion) {
        Map<String, String> last =
                PlacementSchemas.requireValidQuery(query, RequestSchema.ALLOCATION_CANDIDATES_QUERY, microversion);
        // Placement reads the first limit and group_policy (lib.py) but its schema saw the last ones.
        Map<String, String> first = new LinkedHashMap<>(last);
        for (String key : List.of("limit", "group_policy")) {
            if (query.containsKey(key)) {
                first.put(key, query.get(key).get(0));
            }
        }
        if (!first.equals(last)) {
            PlacementSchemas.requireValidValues(first, RequestSchema.ALLOCATION_CANDIDATES_QUERY, microversion);
        }
        Integer limit = first.containsKey("limit")
                ? new BigInteger(first.get("limit"))
                        .min(BigInteger.valueOf(Integer.MAX_VALUE))
                        .intValue()
                : null;
        GroupPolicy policy = first.containsKey("group_policy")
                ? (first.get("group_policy").equals("isolate") ? GroupPolicy.ISOLATE : GroupPolicy.NONE)
                : null;
        Set<String> rootRequired = new LinkedHashSet<>();
        Set<String> rootForbidden = new LinkedHashSet<>();
        if (query.containsKey("root_required")) {
            rootTraits(query.get("root_required"), rootRequired, rootForbidden);
        }
        List<Set<String>> sameSubtrees = sameSubtrees(query.getOrDefault("same_subtree", List.of()));

        Map<String, GroupBuilder> bySuffix = groups(query, microversion);
        if (microversion >= 36) {
            checkResourcelessGroups(bySuffix, sameSubtrees);
        } else {
            checkOrphans(bySuffix);
        }
        if (microversion >= 22) {
            checkConflicts(bySuffix);
        }
        if (policy == null
                && bySuffix.keySet().stream().filter(s -> !s.isEmpty()).count() > 1) {
            throw new InvalidRequestException("The \"group_policy\" parameter is required when specifying more than "
                    + "one \"resources{N}\" parameter.");
        }
        requireTraits(rootRequired);
        requireTraits(rootForbidden);
        List<RequestGroup> groups = new ArrayList<>();
        for (GroupBuilder builder : bySuffix.values()) {
            for (String resourceClass : builder.resources.keySet()) {
                if (!resourceClasses.exists(resourceClass)) {
                    throw new InvalidRequestException("Invalid resource class in resources parameter: "
                            + "No such resource class " + resourceClass + ".");
                }
            }
            builder.required.forEach(this::requireTraits);
            requireTraits(builder.forbidden);
            groups.add(builder.build());
        }
        return new CandidateRequest(
                groups, policy, limit, rootRequired, rootForbidden, sameSubtrees, microversion >= 29);
    }

    private void requireTraits(Set<String> names) {
        for (String name : names) {
            if (!traits.exists(name)) {
                throw new InvalidRequestException("No such trait(s): " + name + ".");
            }
        }
    }

    /** root_required: once only, no any-of, no trait both required and forbidden. */
    private static void rootTraits(List<String> values, Set<String> required, Set<String> forbidden) {
        if (values.size() > 1) {
            throw new InvalidRequestException(
                    ErrorCodes.QUERY_DUPLICATE_KEY, "Query parameter 'root_required' may be specified only once.");
        }
        QueryValues.Traits parsed = QueryValues.traits(values.get(0), true, false);
        parsed.required().forEach(required::addAll);
        forbidden.addAll(parsed.forbidden());
        Set<String> conflicts = new TreeSet<>(forbidden);
        conflicts.retainAll(required);
        if (!conflicts.isEmpty()) {
            throw new InvalidRequestException(
                    ErrorCodes.QUERY_BAD_VALUE,
                    "Conflicting required and forbidden traits found in root_required: "
                            + String.join(", ", conflicts));
        }
    }

    private static List<Set<String>> sameSubtrees(List<String> values) {
        List<Set<String>> out = new ArrayList<>();
        for (String value : values) {
            Set<String> suffixes = new LinkedHashSet<>();
            for (String suffix : value.split(",", -1)) {
                suffixes.add(suffix.strip());
            }
            if (suffixes.contains("")) {
                throw new InvalidRequestException(
                        ErrorCodes.QUERY_BAD_VALUE,
                        "Empty string (unsuffixed group) can not be specified in `same_subtree` ");
            }
            out.add(suffixes);
        }
        return out;
    }

    /** The request groups ({@code resources_X} ...) by suffix; the schema has refused keys the microversion lacks. */
    private static Map<String, GroupBuilder> groups(Map<String, List<String>> query, int microversion) {
        Map<String, GroupBuilder> bySuffix = new LinkedHashMap<>();
        Pattern groupKey = Pattern.compile("^(resources|required|member_of|in_tree)("
                + (microversion >= 33 ? "[a-zA-Z0-9_-]{1,64}" : "[1-9][0-9]*") + ")?$");
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            Matcher key = groupKey.matcher(entry.getKey());
            if (!key.matches()) {
                continue;
            }
            String suffix = key.group(2) == null ? "" : key.group(2);
            GroupBuilder group = bySuffix.computeIfAbsent(suffix, GroupBuilder::new);
            List<String> values = entry.getValue();
            switch (key.group(1)) {
                case "resources" -> values.forEach(v -> group.resources = QueryValues.resources(v));
                case "required" -> {
                    QueryValues.Traits parsed = QueryValues.traits(values, microversion >= 22, microversion >= 39);
                    group.required = parsed.required();
                    group.forbidden = parsed.forbidden();
                }
                case "member_of" -> {
                    QueryValues.Aggregates parsed =
                            QueryValues.memberOf(values, suffix, microversion >= 24, microversion >= 32);
                    group.memberOf = parsed.required();
                    group.forbiddenAggregates = parsed.forbidden();
                }
                default -> values.forEach(v -> group.inTree = QueryValues.inTree(v));
            }
        }
        return bySuffix;
    }

    /** From 1.36 a group may lack resources only if same_subtree names it (lib.py). */
    private static void checkResourcelessGroups(Map<String, GroupBuilder> bySuffix, List<Set<String>> sameSubtrees) {
        List<String> resourceless = bySuffix.values().stream()
                .filter(g -> g.resources.isEmpty())
                .map(g -> g.suffix)
                .toList();
        Set<String> inSubtrees = new LinkedHashSet<>();
        sameSubtrees.forEach(inSubtrees::addAll);
        if (resourceless.size() == bySuffix.size()) {
            throw new InvalidRequestException(
                    ErrorCodes.QUERY_MISSING_VALUE, "There must be at least one resources or resources[$S] parameter.");
        }
        List<String> bad =
                resourceless.stream().filter(s -> !inSubtrees.contains(s)).toList();
        if (!bad.isEmpty()) {
            throw new InvalidRequestException(
                    ErrorCodes.QUERY_BAD_VALUE,
                    "Resourceless suffixed group request "
                            + "should be specified in `same_subtree` query param: bad group(s) - "
                            + PythonRepr.list(bad) + ".");
        }
        List<String> unknown =
                inSubtrees.stream().filter(s -> !bySuffix.containsKey(s)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(
                    ErrorCodes.QUERY_BAD_VALUE,
                    "Real suffixes should be specified in "
                            + "`same_subtree`: " + PythonRepr.list(unknown) + " not found in "
                            + PythonRepr.list(bySuffix.keySet()) + ".");
        }
    }

    private static void checkOrphans(Map<String, GroupBuilder> bySuffix) {
        List<String> traitOrphans = bySuffix.values().stream()
                .filter(g -> !g.required.isEmpty() && g.resources.isEmpty())
                .map(g -> "required" + g.suffix)
                .toList();
        if (!traitOrphans.isEmpty()) {
            throw new InvalidRequestException("All traits parameters must be associated with resources.  Found the "
                    + "following orphaned traits keys: " + String.join(", ", traitOrphans));
        }
        List<String> memberOrphans = bySuffix.values().stream()
                .filter(g -> g.resources.isEmpty() && (!g.memberOf.isEmpty() || !g.forbiddenAggregates.isEmpty()))
                .map(g -> "member_of" + g.suffix)
                .toList();
        if (!memberOrphans.isEmpty()) {
            throw new InvalidRequestException("All member_of parameters must be associated with resources. Found "
                    + "the following orphaned member_of keys: " + String.join(", ", memberOrphans));
        }
        if (bySuffix.values().stream().anyMatch(g -> g.resources.isEmpty())) {
            throw new InvalidRequestException("All request groups must specify resources.");
        }
        if (bySuffix.isEmpty()) {
            throw new InvalidRequestException(
                    "At least one request group (`resources` or `resources{$S}`) is required.");
        }
    }

    private static void checkConflicts(Map<String, GroupBuilder> bySuffix) {
        TreeSet<String> conflicts = new TreeSet<>();
        for (GroupBuilder group : bySuffix.values()) {
            for (Set<String> anyOf : group.required) {
                if (group.forbidden.containsAll(anyOf)) {
                    conflicts.add("required" + group.suffix + ": (" + String.join(", ", new TreeSet<>(anyOf)) + ")");
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new InvalidRequestException("Conflicting required and forbidden traits found in the following "
                    + "traits keys: " + String.join(", ", conflicts));
        }
    }

    /** A group while its keys are read. */
    private static final class GroupBuilder {
        final String suffix;
        Map<String, Long> resources = Map.of();
        List<Set<String>> required = List.of();
        Set<String> forbidden = Set.of();
        List<Set<String>> memberOf = List.of();
        Set<String> forbiddenAggregates = Set.of();
        String inTree;

        GroupBuilder(String suffix) {
            this.suffix = suffix;
        }

        RequestGroup build() {
            return new RequestGroup(suffix, resources, required, forbidden, memberOf, forbiddenAggregates, inTree);
        }
    }
}
