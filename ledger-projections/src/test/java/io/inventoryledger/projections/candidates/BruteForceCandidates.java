package io.inventoryledger.projections.candidates;

import io.inventoryledger.core.provider.Inventory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Allocation candidates by exhaustive enumeration, written from Placement 8.0.0's rules without any
 * index or shortcut: for every root (anchor), every choice of providers for every group, then the
 * request-wide checks. Slow, and obviously so.
 */
final class BruteForceCandidates {
    private final Map<UUID, RandomCase.Provider> providers = new LinkedHashMap<>();

    BruteForceCandidates(List<RandomCase.Provider> all) {
        all.forEach(p -> providers.put(p.uuid(), p));
    }

    /** One way a group is satisfied: amounts per provider and class, and the providers mapped to it. */
    private record Option(List<Object[]> takes, Set<UUID> mapped) {}

    Set<AllocationRequest> find(CandidateRequest request) {
        Set<AllocationRequest> out = new HashSet<>();
        for (RandomCase.Provider anchor : providers.values()) {
            if (anchor.parent() != null || !rootAllowed(anchor, request)) {
                continue;
            }
            List<List<Option>> perGroup = new ArrayList<>();
            for (RequestGroup group : request.groups()) {
                perGroup.add(options(group, anchor.uuid()));
            }
            combine(request, perGroup, 0, new ArrayList<>(), out);
        }
        return out;
    }

    private void combine(
            CandidateRequest request,
            List<List<Option>> perGroup,
            int index,
            List<Option> chosen,
            Set<AllocationRequest> out) {
        if (index == perGroup.size()) {
            AllocationRequest candidate = check(request, chosen);
            if (candidate != null) {
                out.add(candidate);
            }
            return;
        }
        for (Option option : perGroup.get(index)) {
            chosen.add(option);
            combine(request, perGroup, index + 1, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    private AllocationRequest check(CandidateRequest request, List<Option> chosen) {
        List<RequestGroup> groups = request.groups();
        if (request.groupPolicy() == GroupPolicy.ISOLATE) {
            Set<UUID> seen = new HashSet<>();
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).granular()
                        && !seen.add(chosen.get(g).mapped().iterator().next())) {
                    return null;
                }
            }
        }
        for (Set<String> subtree : request.sameSubtrees()) {
            Set<UUID> members = new HashSet<>();
            for (int g = 0; g < groups.size(); g++) {
                if (subtree.contains(groups.get(g).suffix())) {
                    members.addAll(chosen.get(g).mapped());
                }
            }
            boolean someoneIsAncestorOfAll = false;
            for (UUID top : members) {
                boolean all = true;
                for (UUID other : members) {
                    all &= ancestorsAndSelf(other).contains(top);
                }
                someoneIsAncestorOfAll |= all;
            }
            if (!someoneIsAncestorOfAll) {
                return null;
            }
        }
        Map<UUID, Map<String, Long>> allocations = new HashMap<>();
        for (Option option : chosen) {
            for (Object[] take : option.takes()) {
                allocations
                        .computeIfAbsent((UUID) take[0], u -> new HashMap<>())
                        .merge((String) take[1], (Long) take[2], Long::sum);
            }
        }
        for (Map.Entry<UUID, Map<String, Long>> entry : allocations.entrySet()) {
            RandomCase.Provider p = providers.get(entry.getKey());
            for (Map.Entry<String, Long> amount : entry.getValue().entrySet()) {
                Inventory inventory = p.inventories().get(amount.getKey());
                long used = p.used().getOrDefault(amount.getKey(), 0L);
                if (used + amount.getValue() > inventory.capacity() || amount.getValue() > inventory.maxUnit()) {
                    return null;
                }
            }
        }
        boolean hasTrees = providers.values().stream().anyMatch(p -> p.parent() != null);
        if (!request.nestedAware() && hasTrees) {
            Set<UUID> roots = new HashSet<>();
            for (UUID p : allocations.keySet()) {
                if (!roots.add(root(p))) {
                    return null;
                }
            }
        }
        Map<String, Set<UUID>> mappings = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            mappings.put(groups.get(g).suffix(), chosen.get(g).mapped());
        }
        return new AllocationRequest(allocations, mappings);
    }

    private List<Option> options(RequestGroup group, UUID anchor) {
        List<Option> out = new ArrayList<>();
        if (group.inTree() != null && !providers.containsKey(UUID.fromString(group.inTree()))) {
            return out;
        }
        if (!group.granular()) {
            List<String> classes = new ArrayList<>(group.resources().keySet());
            spread(group, anchor, classes, 0, new ArrayList<>(), out);
            return out;
        }
        for (RandomCase.Provider p : providers.values()) {
            boolean ok = canAnchor(p, anchor)
                    && ownTraits(p, group)
                    && inAllMemberOf(p, group)
                    && !inForbiddenAggregate(p, group);
            if (group.resourceless()) {
                ok &= !group.requiredTraits().isEmpty() || !group.memberOf().isEmpty();
            } else {
                ok &= group.inTree() == null || root(p.uuid()).equals(root(UUID.fromString(group.inTree())));
                for (Map.Entry<String, Long> amount : group.resources().entrySet()) {
                    ok &= fits(p, amount.getKey(), amount.getValue());
                }
            }
            if (ok) {
                List<Object[]> takes = new ArrayList<>();
                group.resources().forEach((rc, n) -> takes.add(new Object[] {p.uuid(), rc, n}));
                out.add(new Option(takes, Set.of(p.uuid())));
            }
        }
        return out;
    }

    /** The unnumbered group: any provider of the anchor's tree, or a sharing provider, per class. */
    private void spread(
            RequestGroup group, UUID anchor, List<String> classes, int index, List<UUID> chosen, List<Option> out) {
        if (index == classes.size()) {
            for (Set<String> anyOf : group.requiredTraits()) {
                if (chosen.stream()
                        .noneMatch(p -> anyOf.stream().anyMatch(providers.get(p).traits()::contains))) {
                    return;
                }
            }
            List<Object[]> takes = new ArrayList<>();
            for (int i = 0; i < classes.size(); i++) {
                takes.add(new Object[] {
                    chosen.get(i), classes.get(i), group.resources().get(classes.get(i))
                });
            }
            out.add(new Option(takes, Set.copyOf(chosen)));
            return;
        }
        String rc = classes.get(index);
        for (RandomCase.Provider p : providers.values()) {
            if (!fits(p, rc, group.resources().get(rc))
                    || group.forbiddenTraits().stream().anyMatch(p.traits()::contains)) {
                continue;
            }
            boolean inOwnTree = root(p.uuid()).equals(anchor);
            boolean servesAnchor;
            if (group.inTree() != null) {
                servesAnchor = inOwnTree && root(p.uuid()).equals(root(UUID.fromString(group.inTree())));
            } else {
                servesAnchor = inOwnTree || (isSharing(p) && inAllMemberOf(p, group) && sharesWith(p, anchor));
            }
            RandomCase.Provider anchorProvider = providers.get(anchor);
            if (!group.memberOf().isEmpty() && !inAllMemberOf(p, group) && !inAllMemberOf(anchorProvider, group)) {
                servesAnchor = false;
            }
            if (inForbiddenAggregate(p, group) || inForbiddenAggregate(anchorProvider, group)) {
                servesAnchor = false;
            }
            if (servesAnchor) {
                chosen.add(p.uuid());
                spread(group, anchor, classes, index + 1, chosen, out);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    private boolean canAnchor(RandomCase.Provider p, UUID anchor) {
        return root(p.uuid()).equals(anchor) || (isSharing(p) && sharesWith(p, anchor));
    }

    /** A sharing provider serves every tree that has a member in one of its aggregates. */
    private boolean sharesWith(RandomCase.Provider sharing, UUID anchor) {
        for (RandomCase.Provider other : providers.values()) {
            if (root(other.uuid()).equals(anchor)
                    && other.aggregates().stream().anyMatch(sharing.aggregates()::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSharing(RandomCase.Provider p) {
        return p.traits().contains("MISC_SHARES_VIA_AGGREGATE");
    }

    private static boolean ownTraits(RandomCase.Provider p, RequestGroup group) {
        for (Set<String> anyOf : group.requiredTraits()) {
            if (anyOf.stream().noneMatch(p.traits()::contains)) {
                return false;
            }
        }
        return group.forbiddenTraits().stream().noneMatch(p.traits()::contains);
    }

    private static boolean inAllMemberOf(RandomCase.Provider p, RequestGroup group) {
        for (Set<String> anyOf : group.memberOf()) {
            if (anyOf.stream().noneMatch(p.aggregates()::contains)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inForbiddenAggregate(RandomCase.Provider p, RequestGroup group) {
        return group.forbiddenAggregates().stream().anyMatch(p.aggregates()::contains);
    }

    private static boolean fits(RandomCase.Provider p, String rc, long amount) {
        Inventory inventory = p.inventories().get(rc);
        if (inventory == null) {
            return false;
        }
        long used = p.used().getOrDefault(rc, 0L);
        return amount >= inventory.minUnit()
                && amount <= inventory.maxUnit()
                && amount % inventory.stepSize() == 0
                && used + amount <= inventory.capacity();
    }

    private boolean rootAllowed(RandomCase.Provider root, CandidateRequest request) {
        return root.traits().containsAll(request.rootRequired())
                && request.rootForbidden().stream().noneMatch(root.traits()::contains);
    }

    private UUID root(UUID provider) {
        UUID p = provider;
        while (providers.get(p).parent() != null) {
            p = providers.get(p).parent();
        }
        return p;
    }

    private Set<UUID> ancestorsAndSelf(UUID provider) {
        Set<UUID> out = new HashSet<>();
        for (UUID p = provider; p != null; p = providers.get(p).parent()) {
            out.add(p);
        }
        return out;
    }
}
