package io.inventoryledger.projections.history;

import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import io.inventoryledger.core.provider.InventoriesReplaced;
import io.inventoryledger.core.provider.InventoryAdded;
import io.inventoryledger.core.provider.InventoryDeleted;
import io.inventoryledger.core.provider.InventoryUpdated;
import io.inventoryledger.core.provider.ProviderAggregatesReplaced;
import io.inventoryledger.core.provider.ProviderAggregatesReplacedUncounted;
import io.inventoryledger.core.provider.ProviderAllocationsWritten;
import io.inventoryledger.core.provider.ProviderStreamId;
import io.inventoryledger.core.provider.ProviderTraitsReplaced;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.core.provider.ResourceProviderUpdated;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Folds a provider's events, in global order, into its history with a diff per change: its own streams (every
 * incarnation, generation-counted), its profile streams (name, parent, aggregates below 1.19) and the events of
 * consumers that released or shrank allocations here without a write to the provider's stream (Placement does not
 * move the generation for those). Consumer events that belong to a write the provider's stream also recorded
 * (same correlation id) are part of that entry.
 */
final class ProviderHistoryFold {
    private final UUID uuid;
    private final Set<String> providerWrites;
    private final List<HistoryEntry> entries = new ArrayList<>();
    private ProviderSnapshot state;
    private final Map<UUID, Map<String, Long>> holdings = new HashMap<>();

    private ProviderHistoryFold(UUID uuid, Set<String> providerWrites) {
        this.uuid = uuid;
        this.providerWrites = providerWrites;
    }

    /**
     * The history from {@code events} (global order). {@code providerWrites}: the correlation ids of the writes that
     * appended to the provider's own stream.
     */
    static List<HistoryEntry> fold(UUID uuid, List<RecordedEvent> events, Set<String> providerWrites) {
        ProviderHistoryFold fold = new ProviderHistoryFold(uuid, providerWrites);
        events.forEach(fold::apply);
        return fold.entries;
    }

    private void apply(RecordedEvent event) {
        Object payload = event.payload();
        if (payload instanceof ResourceProviderCreated created) {
            holdings.clear();
            state = ProviderSnapshot.created(created);
            record(
                    event,
                    "created",
                    new Diff.Builder().name(null, created.name()).parent(null, created.parentProviderUuid()));
            return;
        }
        if (state == null) {
            return; // a consumer event before the provider existed cannot concern it
        }
        ProviderSnapshot before = state;
        if (payload instanceof ProviderAllocationsWritten written) {
            Diff.Builder diff = new Diff.Builder();
            Map<String, Long> usageBefore = usage();
            written.consumers().forEach((consumer, after) -> hold(consumer, after, diff));
            state = before.at(event.sequence());
            record(event, "allocations_written", diff.usages(usageBefore, usage()));
        } else if (payload instanceof ConsumerAllocationsReplaced replaced) {
            consumerChanged(
                    event, replaced.consumerUuid(), replaced.allocations().getOrDefault(uuid, Map.of()));
        } else if (payload instanceof ConsumerAllocationsDeleted deleted) {
            consumerChanged(event, deleted.consumerUuid(), Map.of());
        } else if (payload instanceof ResourceProviderUpdated updated) {
            state = before.renamed(updated.name(), updated.parentProviderUuid());
            record(
                    event,
                    "updated",
                    new Diff.Builder().name(before.name(), state.name()).parent(before.parent(), state.parent()));
        } else if (payload instanceof ProviderAggregatesReplacedUncounted uncounted) {
            state = before.withAggregates(uncounted.aggregates());
            record(
                    event,
                    "aggregates_replaced",
                    new Diff.Builder().aggregates(before.aggregates(), state.aggregates()));
        } else if (payload instanceof ResourceProviderDeleted) {
            state = before.at(event.sequence());
            record(event, "deleted", new Diff.Builder());
            state = null;
        } else {
            providerStreamChange(event, before);
        }
    }

    private void providerStreamChange(RecordedEvent event, ProviderSnapshot before) {
        Object payload = event.payload();
        String action;
        if (payload instanceof InventoriesReplaced replaced) {
            state = before.withInventories(replaced.inventories());
            action = "inventories_replaced";
        } else if (payload instanceof InventoryAdded added) {
            state = before.withInventory(added.resourceClass(), added.inventory());
            action = "inventory_added";
        } else if (payload instanceof InventoryUpdated updated) {
            state = before.withInventory(updated.resourceClass(), updated.inventory());
            action = "inventory_updated";
        } else if (payload instanceof InventoryDeleted deleted) {
            state = before.withInventory(deleted.resourceClass(), null);
            action = "inventory_deleted";
        } else if (payload instanceof ProviderTraitsReplaced traits) {
            state = before.withTraits(traits.traits());
            action = "traits_replaced";
        } else if (payload instanceof ProviderAggregatesReplaced aggregates) {
            state = before.withAggregates(aggregates.aggregates());
            action = "aggregates_replaced";
        } else {
            state = before;
            action = "changed";
        }
        if (!ProviderStreamId.isProfile(event.streamId())) {
            state = state.at(event.sequence());
        }
        record(
                event,
                action,
                new Diff.Builder()
                        .inventories(before.inventories(), state.inventories())
                        .traits(before.traits(), state.traits())
                        .aggregates(before.aggregates(), state.aggregates()));
    }

    /** A consumer's own event: an entry of its own only when no write to the provider's stream recorded it. */
    private void consumerChanged(RecordedEvent event, UUID consumer, Map<String, Long> after) {
        if (providerWrites.contains(event.context().correlationId())
                || holdings.getOrDefault(consumer, Map.of()).equals(after)) {
            return; // part of a provider entry (which reads the consumer's amounts from its own event), or not here
        }
        Diff.Builder diff = new Diff.Builder();
        Map<String, Long> usageBefore = usage();
        hold(consumer, after, diff);
        record(
                event,
                after.isEmpty() ? "allocations_released" : "allocations_changed",
                diff.usages(usageBefore, usage()));
    }

    private void hold(UUID consumer, Map<String, Long> after, Diff.Builder diff) {
        diff.allocations(uuid, consumer, holdings.getOrDefault(consumer, Map.of()), after);
        if (after.isEmpty()) {
            holdings.remove(consumer);
        } else {
            holdings.put(consumer, after);
        }
    }

    private Map<String, Long> usage() {
        Map<String, Long> used = new TreeMap<>();
        holdings.values().forEach(resources -> resources.forEach((rc, n) -> used.merge(rc, n, Long::sum)));
        return used;
    }

    private void record(RecordedEvent event, String action, Diff.Builder diff) {
        entries.add(new HistoryEntry(
                event.position(),
                HistoryEntry.Subject.RESOURCE_PROVIDER,
                uuid,
                state.incarnation(),
                state.generation(),
                action,
                event.streamId(),
                event.time(),
                event.context(),
                diff.build()));
    }
}
