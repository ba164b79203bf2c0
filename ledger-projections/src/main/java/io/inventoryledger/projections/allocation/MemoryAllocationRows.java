package io.inventoryledger.projections.allocation;

import io.inventoryledger.projections.rebuild.MemoryTables;
import io.inventoryledger.projections.schema.EventTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link AllocationRows} in memory, for a bulk rebuild. */
public final class MemoryAllocationRows implements AllocationRows, MemoryTables {
    private static final class Consumer {
        String streamId;
        int incarnation;
        String projectId;
        String userId;
        String consumerType;
        long generation;
        Instant createdAt;
        Instant updatedAt;

        void owner(ConsumerVersion v) {
            projectId = v.projectId();
            userId = v.userId();
            consumerType = v.consumerType();
            generation = v.generation();
            updatedAt = EventTimes.stored(v.time());
        }
    }

    private final Map<UUID, Consumer> consumers = new HashMap<>();
    private final Map<UUID, Integer> incarnations = new HashMap<>();
    private final Map<UUID, Map<UUID, Map<String, Long>>> allocations = new HashMap<>();
    private final Map<UUID, Map<String, Long>> usages = new HashMap<>();

    @Override
    public boolean updateConsumer(ConsumerVersion v) {
        Consumer row = consumers.get(v.consumer());
        if (row == null || row.incarnation != v.incarnation() || row.generation >= v.generation()) {
            return false;
        }
        row.owner(v);
        return true;
    }

    @Override
    public boolean insertConsumer(ConsumerVersion v) {
        if (consumers.containsKey(v.consumer())) {
            return false;
        }
        Consumer row = new Consumer();
        row.streamId = v.streamId();
        row.incarnation = v.incarnation();
        row.owner(v);
        row.createdAt = row.updatedAt;
        consumers.put(v.consumer(), row);
        return true;
    }

    @Override
    public void recordIncarnation(UUID consumer, int incarnation) {
        incarnations.put(consumer, incarnation);
    }

    @Override
    public boolean deleteConsumer(UUID consumer, int incarnation) {
        Consumer row = consumers.get(consumer);
        if (row == null || row.incarnation != incarnation) {
            return false;
        }
        consumers.remove(consumer);
        return true;
    }

    @Override
    public Map<UUID, Map<String, Long>> allocationsOf(UUID consumer) {
        return allocations.getOrDefault(consumer, Map.of());
    }

    @Override
    public void replaceAllocations(UUID consumer, boolean hadRows, Map<UUID, Map<String, Long>> after) {
        Map<UUID, Map<String, Long>> rows = new HashMap<>();
        after.forEach((provider, resources) -> {
            if (!resources.isEmpty()) {
                rows.put(provider, Map.copyOf(resources));
            }
        });
        if (rows.isEmpty()) {
            allocations.remove(consumer);
        } else {
            allocations.put(consumer, rows);
        }
    }

    @Override
    public void addUsage(UUID provider, String resourceClass, long delta) {
        Map<String, Long> used = usages.computeIfAbsent(provider, p -> new HashMap<>());
        long now = used.getOrDefault(resourceClass, 0L) + delta;
        if (now == 0 && used.containsKey(resourceClass)) {
            used.remove(resourceClass);
        } else {
            used.put(resourceClass, now);
        }
        if (used.isEmpty()) {
            usages.remove(provider);
        }
    }

    @Override
    public void clearUsages(UUID provider) {
        usages.remove(provider);
    }

    @Override
    public void dumpTo(Sink sink) {
        List<Object[]> consumerRows = new ArrayList<>(consumers.size());
        consumers.forEach((uuid, c) -> consumerRows.add(new Object[] {
            uuid,
            c.streamId,
            c.incarnation,
            c.projectId,
            c.userId,
            c.consumerType,
            c.generation,
            c.createdAt,
            c.updatedAt
        }));
        sink.table(
                "consumers",
                List.of(
                        "uuid",
                        "stream_id",
                        "incarnation",
                        "project_id",
                        "user_id",
                        "consumer_type",
                        "generation",
                        "created_at",
                        "updated_at"),
                consumerRows);
        List<Object[]> incarnationRows = new ArrayList<>(incarnations.size());
        incarnations.forEach((uuid, incarnation) -> incarnationRows.add(new Object[] {uuid, incarnation}));
        sink.table("consumer_incarnations", List.of("uuid", "incarnation"), incarnationRows);
        List<Object[]> allocationRows = new ArrayList<>();
        allocations.forEach((consumer, byProvider) -> byProvider.forEach((provider, byClass) ->
                byClass.forEach((rc, used) -> allocationRows.add(new Object[] {consumer, provider, rc, used}))));
        sink.table("allocations", List.of("consumer_uuid", "provider_uuid", "resource_class", "used"), allocationRows);
        List<Object[]> usageRows = new ArrayList<>();
        usages.forEach(
                (provider, byClass) -> byClass.forEach((rc, used) -> usageRows.add(new Object[] {provider, rc, used})));
        sink.table("provider_usages", List.of("provider_uuid", "resource_class", "used"), usageRows);
    }
}
