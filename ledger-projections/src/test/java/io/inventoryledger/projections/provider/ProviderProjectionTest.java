package io.inventoryledger.projections.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.core.provider.InventoriesReplaced;
import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.core.provider.InventoryAdded;
import io.inventoryledger.core.provider.InventoryDeleted;
import io.inventoryledger.core.provider.InventoryUpdated;
import io.inventoryledger.core.provider.ProviderStreamId;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.core.provider.ResourceProviderDeleted;
import io.inventoryledger.core.provider.ResourceProviderUpdated;
import io.inventoryledger.projections.support.EventFeed;
import io.inventoryledger.projections.support.ReadModelDatabase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds provider events to the projection and reads the result back with ProviderQueries, on PostgreSQL. */
class ProviderProjectionTest {
    private static final UUID CN1 = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final String STREAM = ProviderStreamId.of(CN1, 1);
    private static final Inventory EIGHT = Inventory.ofTotal(8);
    private static final Inventory SIXTEEN = new Inventory(16, 2, 1, 8, 2, 1.5);

    private ReadModelDatabase database;
    private EventFeed feed;
    private ProviderQueries queries;

    @BeforeEach
    void freshReadModel() {
        database = ReadModelDatabase.fresh();
        feed = new EventFeed(new ProviderProjection(database.jdbc(), database.tables()));
        queries = new ProviderQueries(database.jdbc(), database.tables());
    }

    @AfterEach
    void dropReadModel() {
        database.close();
    }

    private void create(UUID uuid, String name, UUID parent) {
        feed.deliver(ProviderStreamId.of(uuid, 1), 0, new ResourceProviderCreated(uuid, 1, name, parent));
    }

    /** Creates a provider under a fresh uuid and returns the uuid. */
    private UUID createNew(String name, UUID parent) {
        UUID uuid = UUID.randomUUID();
        create(uuid, name, parent);
        return uuid;
    }

    private void profile(UUID uuid, long sequence, String name, UUID parent) {
        feed.deliver(
                ProviderStreamId.profileOf(ProviderStreamId.of(uuid, 1)),
                sequence,
                new ResourceProviderUpdated(uuid, 1, name, parent));
    }

    private ProviderRow provider(UUID uuid) {
        return queries.find(uuid).orElseThrow();
    }

    private List<UUID> rootsOf(UUID... providers) {
        return Arrays.stream(providers).map(p -> provider(p).rootUuid()).toList();
    }

    @Test
    void aCreatedProviderIsARootAtGenerationZero() {
        create(CN1, "cn1", null);

        ProviderRow row = provider(CN1);
        assertThat(row.generation()).isZero();
        assertThat(row.rootUuid()).isEqualTo(CN1);
        assertThat(row.streamId()).isEqualTo(STREAM);
        assertThat(queries.lastIncarnation(CN1)).isEqualTo(1);
    }

    @Test
    void eachInventoryEventMovesTheGenerationToItsSequence() {
        create(CN1, "cn1", null);
        feed.deliver(STREAM, 1, new InventoryAdded(CN1, "VCPU", EIGHT));
        feed.deliver(STREAM, 2, new InventoryUpdated(CN1, "VCPU", SIXTEEN));
        feed.deliver(STREAM, 3, new InventoryAdded(CN1, "DISK_GB", EIGHT));
        feed.deliver(STREAM, 4, new InventoryDeleted(CN1, "DISK_GB"));

        assertThat(provider(CN1).generation()).isEqualTo(4);
        assertThat(queries.inventories(CN1)).containsExactly(new InventoryRow("VCPU", SIXTEEN));
    }

    @Test
    void aReplaceSetsExactlyTheGivenInventories() {
        create(CN1, "cn1", null);
        feed.deliver(STREAM, 1, new InventoryAdded(CN1, "VCPU", EIGHT));
        feed.deliver(STREAM, 2, new InventoriesReplaced(CN1, Map.of("DISK_GB", SIXTEEN, "MEMORY_MB", EIGHT)));

        assertThat(queries.inventories(CN1))
                .containsExactly(new InventoryRow("DISK_GB", SIXTEEN), new InventoryRow("MEMORY_MB", EIGHT));
    }

    @Test
    void replayingAnOlderInventoryEventChangesNothing() {
        create(CN1, "cn1", null);
        feed.deliver(STREAM, 1, new InventoryAdded(CN1, "VCPU", EIGHT));
        feed.deliver(STREAM, 2, new InventoryUpdated(CN1, "VCPU", SIXTEEN));
        ProviderRow before = provider(CN1);

        feed.deliver(STREAM, 1, new InventoryAdded(CN1, "VCPU", EIGHT));
        feed.deliver(STREAM, 2, new InventoriesReplaced(CN1, Map.of()));

        assertThat(provider(CN1)).isEqualTo(before);
        assertThat(queries.inventories(CN1)).containsExactly(new InventoryRow("VCPU", SIXTEEN));
    }

    @Test
    void replayingTheCreationChangesNothing() {
        create(CN1, "cn1", null);
        feed.deliver(STREAM, 1, new InventoryAdded(CN1, "VCPU", EIGHT));
        ProviderRow before = provider(CN1);

        create(CN1, "cn1", null);

        assertThat(provider(CN1)).isEqualTo(before);
        assertThat(queries.inventories(CN1)).containsExactly(new InventoryRow("VCPU", EIGHT));
    }

    @Test
    void replayingTheCreationOfADeletedProviderDoesNotBringItBack() {
        create(CN1, "cn1", null);
        feed.deliver(STREAM, 1, new ResourceProviderDeleted(CN1));

        create(CN1, "cn1", null);

        assertThat(queries.find(CN1)).isEmpty();
    }

    @Test
    void aUuidCreatedAgainStartsOverAtGenerationZeroWithoutInventories() {
        create(CN1, "cn1", null);
        feed.deliver(STREAM, 1, new InventoryAdded(CN1, "VCPU", EIGHT));
        feed.deliver(STREAM, 2, new ResourceProviderDeleted(CN1));

        feed.deliver(ProviderStreamId.of(CN1, 2), 0, new ResourceProviderCreated(CN1, 2, "cn1", null));

        assertThat(provider(CN1).generation()).isZero();
        assertThat(provider(CN1).streamId()).isEqualTo(ProviderStreamId.of(CN1, 2));
        assertThat(queries.inventories(CN1)).isEmpty();
    }

    @Test
    void replayingAnOlderProfileEventChangesNothing() {
        create(CN1, "cn1", null);
        profile(CN1, 0, "first", null);
        profile(CN1, 1, "second", null);

        profile(CN1, 0, "first", null);

        assertThat(provider(CN1).name()).isEqualTo("second");
    }

    @Test
    void aProfileChangeDoesNotMoveTheGeneration() {
        create(CN1, "cn1", null);
        profile(CN1, 0, "renamed", null);

        assertThat(provider(CN1).generation()).isZero();
        assertThat(provider(CN1).name()).isEqualTo("renamed");
    }

    @Test
    void aChildOfAChildHasTheTreesRoot() {
        UUID root = createNew("root", null);
        UUID child = createNew("child", root);
        UUID grandchild = createNew("grandchild", child);

        assertThat(provider(grandchild).parentUuid()).isEqualTo(child);
        assertThat(provider(grandchild).rootUuid()).isEqualTo(root);
    }

    @Test
    void reparentingMovesTheWholeSubtreeToTheNewRoot() {
        UUID oldRoot = createNew("old", null);
        UUID newRoot = createNew("new", null);
        UUID moved = createNew("moved", oldRoot);
        UUID below = createNew("below", moved);
        UUID further = createNew("further", below);

        profile(moved, 0, "moved", newRoot);

        assertThat(provider(moved).parentUuid()).isEqualTo(newRoot);
        assertThat(rootsOf(moved, below, further)).containsOnly(newRoot);
        assertThat(provider(oldRoot).rootUuid()).isEqualTo(oldRoot);
    }

    @Test
    void unparentingMakesTheProviderTheRootOfItsSubtree() {
        UUID root = createNew("root", null);
        UUID moved = createNew("moved", root);
        UUID below = createNew("below", moved);

        profile(moved, 0, "moved", null);

        assertThat(provider(moved).parentUuid()).isNull();
        assertThat(rootsOf(moved, below)).containsOnly(moved);
    }

    @Test
    void aDeletedProviderLeavesNoRows() {
        create(CN1, "cn1", null);
        feed.deliver(STREAM, 1, new InventoryAdded(CN1, "VCPU", EIGHT));
        feed.deliver(STREAM, 2, new ResourceProviderDeleted(CN1));

        assertThat(queries.find(CN1)).isEmpty();
        assertThat(queries.inventories(CN1)).isEmpty();
        assertThat(queries.lastIncarnation(CN1)).isEqualTo(1);
    }
}
