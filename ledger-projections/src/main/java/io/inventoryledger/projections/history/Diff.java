package io.inventoryledger.projections.history;

import io.inventoryledger.core.provider.Inventory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What one change changed, in Placement's terms: inventory per class, allocations per provider, consumer and class,
 * a provider's usage per class, traits and aggregates added and removed, name and parent; a consumer's owner and
 * type. Parts it did not change are empty (or null).
 */
public record Diff(
        Map<String, Change<Inventory>> inventories,
        List<AllocationChange> allocations,
        Map<String, Change<Long>> usages,
        SetChange traits,
        SetChange aggregates,
        Change<String> name,
        Change<UUID> parentProviderUuid,
        Change<String> projectId,
        Change<String> userId,
        Change<String> consumerType) {

    /** Added and removed members of a set. */
    public record SetChange(List<String> added, List<String> removed) {
        static SetChange between(Collection<?> before, Collection<?> after) {
            TreeSet<String> added = new TreeSet<>();
            after.forEach(a -> added.add(a.toString()));
            TreeSet<String> removed = new TreeSet<>();
            before.forEach(b -> removed.add(b.toString()));
            TreeSet<String> kept = new TreeSet<>(added);
            kept.retainAll(removed);
            added.removeAll(kept);
            removed.removeAll(kept);
            return added.isEmpty() && removed.isEmpty()
                    ? null
                    : new SetChange(List.copyOf(added), List.copyOf(removed));
        }
    }

    /** Collects the parts of one diff. */
    static final class Builder {
        private final Map<String, Change<Inventory>> inventories = new TreeMap<>();
        private final List<AllocationChange> allocations = new ArrayList<>();
        private final Map<String, Change<Long>> usages = new TreeMap<>();
        private SetChange traits;
        private SetChange aggregates;
        private Change<String> name;
        private Change<UUID> parent;
        private Change<String> project;
        private Change<String> user;
        private Change<String> consumerType;

        Builder inventories(Map<String, Inventory> before, Map<String, Inventory> after) {
            TreeSet<String> classes = new TreeSet<>(before.keySet());
            classes.addAll(after.keySet());
            for (String rc : classes) {
                if (!Objects.equals(before.get(rc), after.get(rc))) {
                    inventories.put(rc, new Change<>(before.get(rc), after.get(rc)));
                }
            }
            return this;
        }

        Builder allocations(UUID provider, UUID consumer, Map<String, Long> before, Map<String, Long> after) {
            eachChangedAmount(
                    before,
                    after,
                    (rc, was, is) -> allocations.add(new AllocationChange(provider, consumer, rc, was, is)));
            return this;
        }

        Builder usages(Map<String, Long> before, Map<String, Long> after) {
            eachChangedAmount(before, after, (rc, was, is) -> usages.put(rc, new Change<>(was, is)));
            return this;
        }

        /** An amount per class that changed; a class on one side only was (or is) 0. */
        private interface AmountChange {
            void changed(String resourceClass, long was, long is);
        }

        /** Each class whose amount differs between {@code before} and {@code after}, in class order. */
        private static void eachChangedAmount(Map<String, Long> before, Map<String, Long> after, AmountChange change) {
            TreeSet<String> classes = new TreeSet<>(before.keySet());
            classes.addAll(after.keySet());
            for (String rc : classes) {
                long was = before.getOrDefault(rc, 0L);
                long is = after.getOrDefault(rc, 0L);
                if (was != is) {
                    change.changed(rc, was, is);
                }
            }
        }

        Builder traits(Collection<?> before, Collection<?> after) {
            traits = SetChange.between(before, after);
            return this;
        }

        Builder aggregates(Collection<?> before, Collection<?> after) {
            aggregates = SetChange.between(before, after);
            return this;
        }

        Builder name(String before, String after) {
            name = Objects.equals(before, after) ? null : new Change<>(before, after);
            return this;
        }

        Builder parent(UUID before, UUID after) {
            parent = Objects.equals(before, after) ? null : new Change<>(before, after);
            return this;
        }

        Builder owner(String projectBefore, String projectAfter, String userBefore, String userAfter) {
            project = Objects.equals(projectBefore, projectAfter) ? null : new Change<>(projectBefore, projectAfter);
            user = Objects.equals(userBefore, userAfter) ? null : new Change<>(userBefore, userAfter);
            return this;
        }

        Builder consumerType(String before, String after) {
            consumerType = Objects.equals(before, after) ? null : new Change<>(before, after);
            return this;
        }

        Diff build() {
            return new Diff(
                    Collections.unmodifiableMap(inventories),
                    List.copyOf(allocations),
                    Collections.unmodifiableMap(usages),
                    traits,
                    aggregates,
                    name,
                    parent,
                    project,
                    user,
                    consumerType);
        }
    }
}
