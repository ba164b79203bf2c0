package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.core.provider.ProviderStreamId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The provider projection's tables ({@code resource_providers}, {@code provider_incarnations},
 * {@code inventories}) as the handlers change them: over JDBC for the live tables, in memory for a bulk rebuild.
 * The handlers hold the logic; each operation here is one statement's worth of meaning.
 */
public interface ProviderRows {
    /** The last incarnation of {@code provider} ever created, 0 when none. */
    int lastIncarnation(UUID provider);

    void recordIncarnation(UUID provider, int incarnation);

    /** The root of {@code provider}'s tree; the provider itself when it has no row. */
    UUID rootOf(UUID provider);

    /** A new provider row, created and updated at the creation's time. */
    void insert(NewProvider row);

    /** Sets the generation to {@code sequence} when it is lower; false when applied already (or no row). */
    boolean advance(UUID provider, long sequence, Instant time);

    /**
     * {@link #advance} for a caller that does not need to know whether it applied: a store may do it later in the
     * same transaction, with others, before anything else it is asked.
     */
    default void advanceLater(UUID provider, long sequence, Instant time) {
        advance(provider, sequence, time);
    }

    /** Moves {@code updated_at} of that incarnation's row; false when there is none. */
    boolean touch(UUID provider, int incarnation, Instant time);

    /** Name and parent from profile event {@code version}, when that incarnation's row has not seen it yet. */
    boolean updateProfile(
            UUID provider, int incarnation, String name, UUID parent, UUID root, Instant time, long version);

    List<UUID> childrenOf(UUID parent);

    void setRoot(UUID provider, UUID root);

    void delete(UUID provider);

    void deleteInventories(UUID provider);

    void insertInventory(UUID provider, String resourceClass, Inventory inventory);

    /** Changes an existing inventory row (none: nothing). */
    void updateInventory(UUID provider, String resourceClass, Inventory inventory);

    void deleteInventory(UUID provider, String resourceClass);

    /** A provider incarnation's row as its creation makes it. */
    record NewProvider(
            UUID provider, int incarnation, String name, long generation, UUID parent, UUID root, Instant time) {
        String streamId() {
            return ProviderStreamId.of(provider, incarnation);
        }
    }
}
