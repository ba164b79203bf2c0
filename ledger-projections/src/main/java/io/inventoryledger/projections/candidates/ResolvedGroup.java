package io.inventoryledger.projections.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A request group translated to the world's int ids, with the per-provider tests Placement applies.
 * Names the world has never seen make a group unsatisfiable (a required trait nobody has) or
 * irrelevant (a forbidden trait nobody has).
 */
final class ResolvedGroup {
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    final RequestGroup group;
    final int[] classIds;
    final long[] amounts;
    final int[][] requiredAny;
    final int[] forbiddenTraits;
    final int[][] memberOf;
    final int[] forbiddenAggregates;
    final int inTreeRoot;
    final boolean unsatisfiable;

    private ResolvedGroup(
            RequestGroup group,
            int[] classIds,
            long[] amounts,
            int[][] requiredAny,
            int[] forbiddenTraits,
            int[][] memberOf,
            int[] forbiddenAggregates,
            int inTreeRoot,
            boolean unsatisfiable) {
        this.group = group;
        this.classIds = classIds;
        this.amounts = amounts;
        this.requiredAny = requiredAny;
        this.forbiddenTraits = forbiddenTraits;
        this.memberOf = memberOf;
        this.forbiddenAggregates = forbiddenAggregates;
        this.inTreeRoot = inTreeRoot;
        this.unsatisfiable = unsatisfiable;
    }

    static ResolvedGroup resolve(ProviderWorld world, RequestGroup group) {
        boolean unsatisfiable = false;
        int[] classIds = new int[group.resources().size()];
        long[] amounts = new long[classIds.length];
        int i = 0;
        for (Map.Entry<String, Long> entry : group.resources().entrySet()) {
            classIds[i] = world.classes.id(entry.getKey());
            amounts[i] = entry.getValue();
            unsatisfiable |= classIds[i] < 0;
            i++;
        }
        int[][] requiredAny = anyOf(group.requiredTraits(), world.traits);
        int[][] memberOf = anyOf(group.memberOf(), world.aggregates);
        for (int[] any : requiredAny) {
            unsatisfiable |= any.length == 0;
        }
        for (int[] any : memberOf) {
            unsatisfiable |= any.length == 0;
        }
        int inTreeRoot = ProviderNode.NONE;
        if (group.inTree() != null) {
            int provider = CANONICAL_UUID.matcher(group.inTree()).matches()
                    ? world.idOf(UUID.fromString(group.inTree()))
                    : ProviderNode.NONE;
            unsatisfiable |= provider == ProviderNode.NONE;
            inTreeRoot = provider == ProviderNode.NONE ? ProviderNode.NONE : world.node(provider).root;
        }
        return new ResolvedGroup(
                group,
                classIds,
                amounts,
                requiredAny,
                known(group.forbiddenTraits(), world.traits),
                memberOf,
                known(group.forbiddenAggregates(), world.aggregates),
                inTreeRoot,
                unsatisfiable);
    }

    boolean granular() {
        return group.granular();
    }

    boolean resourceless() {
        return classIds.length == 0;
    }

    /** The provider alone has every required trait set (one of each) and no forbidden trait. */
    boolean traitsMatch(ProviderNode node) {
        for (int[] any : requiredAny) {
            if (!hasAnyTrait(node, any)) {
                return false;
            }
        }
        return !hasForbiddenTrait(node);
    }

    boolean hasForbiddenTrait(ProviderNode node) {
        for (int trait : forbiddenTraits) {
            if (node.hasTrait(trait)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasAnyTrait(ProviderNode node, int[] any) {
        for (int trait : any) {
            if (node.hasTrait(trait)) {
                return true;
            }
        }
        return false;
    }

    /** Placement's {@code rps_in_aggs}: the provider is in one aggregate of every member_of list. */
    boolean inRequiredAggregates(ProviderNode node) {
        for (int[] any : memberOf) {
            boolean found = false;
            for (int aggregate : any) {
                if (node.inAggregate(aggregate)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    boolean inForbiddenAggregate(ProviderNode node) {
        for (int aggregate : forbiddenAggregates) {
            if (node.inAggregate(aggregate)) {
                return true;
            }
        }
        return false;
    }

    /** Every requested class fits on this one provider. */
    boolean fitsAll(ProviderNode node) {
        for (int i = 0; i < classIds.length; i++) {
            Stock stock = node.stock(classIds[i]);
            if (stock == null || !stock.fits(amounts[i])) {
                return false;
            }
        }
        return true;
    }

    private static int[][] anyOf(List<Set<String>> sets, NameIndex index) {
        List<int[]> out = new ArrayList<>();
        for (Set<String> set : sets) {
            out.add(known(set, index));
        }
        return out.toArray(new int[0][]);
    }

    private static int[] known(Set<String> names, NameIndex index) {
        return names.stream().mapToInt(index::id).filter(id -> id >= 0).sorted().toArray();
    }
}
