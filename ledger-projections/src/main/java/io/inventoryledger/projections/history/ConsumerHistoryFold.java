package io.inventoryledger.projections.history;

import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Folds a consumer's streams (every incarnation, in global order) into its history: each write replaced its whole
 * allocation set, so the diff is the set before against the set after, per provider and class.
 */
final class ConsumerHistoryFold {
    private ConsumerHistoryFold() {}

    static List<HistoryEntry> fold(UUID uuid, List<RecordedEvent> events) {
        List<HistoryEntry> entries = new ArrayList<>();
        ConsumerSnapshot state = null;
        for (RecordedEvent event : events) {
            ConsumerSnapshot before = event.sequence() == 0 || state == null ? ConsumerSnapshot.NONE : state;
            String action;
            if (event.payload() instanceof ConsumerAllocationsReplaced replaced) {
                state = ConsumerSnapshot.of(replaced, event.sequence(), event.position());
                action = event.sequence() == 0 ? "created" : "allocations_replaced";
            } else if (event.payload() instanceof ConsumerAllocationsDeleted deleted) {
                state = before.released(deleted.incarnation(), event.sequence(), event.position());
                action = "deleted";
            } else {
                continue;
            }
            entries.add(new HistoryEntry(
                    event.position(),
                    HistoryEntry.Subject.CONSUMER,
                    uuid,
                    state.incarnation(),
                    state.generation(),
                    action,
                    event.streamId(),
                    event.time(),
                    event.context(),
                    diff(before, state)));
        }
        return entries;
    }

    static Diff diff(ConsumerSnapshot before, ConsumerSnapshot after) {
        Diff.Builder diff = new Diff.Builder()
                .owner(before.projectId(), after.projectId(), before.userId(), after.userId())
                .consumerType(before.consumerType(), after.consumerType());
        TreeSet<UUID> providers = new TreeSet<>(before.allocations().keySet());
        providers.addAll(after.allocations().keySet());
        for (UUID provider : providers) {
            diff.allocations(
                    provider,
                    after.uuid() != null ? after.uuid() : before.uuid(),
                    before.allocations().getOrDefault(provider, Map.of()),
                    after.allocations().getOrDefault(provider, Map.of()));
        }
        return diff.build();
    }
}
