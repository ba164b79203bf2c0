package io.inventoryledger.projections.dashboard;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The dashboard projection's tables as its handlers change them: over JDBC for the live tables, in memory for a bulk
 * rebuild. Rows of one provider are changed only by a handler that locked that provider's row first
 * ({@link #lockProviders}), so reading them and writing them back is safe; the shared sums only ever move by deltas.
 */
public interface DashboardRows {
    /** A provider as the dashboard groups it. */
    record Provider(UUID uuid, String name, UUID parent, UUID root, long generation, long profileVersion) {}

    /** One provider's figures for one class. */
    record ClassRow(long total, long reserved, long capacity, long used) {
        static final ClassRow NONE = new ClassRow(0, 0, 0, 0);

        int fillPermille() {
            if (capacity <= 0) {
                return used > 0 ? 1000 : 0;
            }
            return (int) Math.min(Integer.MAX_VALUE, used * 1000 / capacity);
        }

        boolean empty() {
            return total == 0 && reserved == 0 && capacity == 0 && used == 0;
        }
    }

    /** A consumer's owner and allocations (provider → class → amount) as last applied. */
    record Consumer(
            int incarnation,
            long generation,
            String projectId,
            String userId,
            Map<UUID, Map<String, Long>> allocations) {}

    /** A change of one shard of a sum; ordered as rows are locked. */
    record TotalDelta(
            String scope,
            String key,
            String resourceClass,
            int shard,
            long providers,
            long total,
            long reserved,
            long capacity,
            long used) {
        /** This delta and {@code other} (of the same row) as one. */
        TotalDelta plus(TotalDelta other) {
            return new TotalDelta(
                    scope,
                    key,
                    resourceClass,
                    shard,
                    providers + other.providers,
                    total + other.total,
                    reserved + other.reserved,
                    capacity + other.capacity,
                    used + other.used);
        }
    }

    record OwnerDelta(String kind, String ownerId, String resourceClass, long used, long consumers) {}

    record SeriesDelta(
            String resolution, String kind, String key, String resourceClass, Instant bucket, int shard, long delta) {}

    record ActivityDelta(UUID provider, Instant bucket, long claims, long releases) {}

    Optional<Provider> provider(UUID uuid);

    /** Locks the rows of these providers (in the given order) and answers those that exist. */
    Map<UUID, Provider> lockProviders(List<UUID> uuids);

    void insertProvider(Provider provider);

    void updateProvider(Provider provider);

    void deleteProvider(UUID uuid);

    List<UUID> children(UUID parent);

    Map<String, ClassRow> classesOf(UUID provider);

    /** The provider's row of {@code resourceClass} becomes {@code row} (removed when empty). */
    void putClass(UUID provider, String resourceClass, ClassRow row);

    Set<UUID> aggregatesOf(UUID provider);

    void replaceAggregates(UUID provider, Collection<UUID> aggregates);

    /** Adds each delta to its row (made when missing), in the given order. */
    void addTotals(List<TotalDelta> deltas);

    Optional<Consumer> consumer(UUID uuid);

    /** The consumer's row becomes {@code consumer}; {@code exists}: whether {@link #consumer} found its row. */
    void putConsumer(UUID uuid, Consumer consumer, boolean exists);

    void deleteConsumer(UUID uuid);

    void addOwnerUsage(List<OwnerDelta> deltas);

    /**
     * Adds each delta to its bucket; when that makes a new bucket, drops the buckets of that resolution older than
     * {@code keepFrom} (a time derived from the new bucket, so whichever event opens it, the same rows go).
     */
    void addSeries(List<SeriesDelta> deltas, Map<String, Instant> keepFrom);

    /** As {@link #addSeries} for the provider activity, dropping minutes before {@code keepFrom} of a new one. */
    void addActivity(List<ActivityDelta> deltas, Instant keepFrom);
}
