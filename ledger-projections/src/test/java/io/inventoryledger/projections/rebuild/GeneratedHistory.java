package io.inventoryledger.projections.rebuild;

import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.InventoriesReplaced;
import io.inventoryledger.core.provider.Inventory;
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
import io.inventoryledger.core.resourceclass.ResourceClassCreated;
import io.inventoryledger.core.resourceclass.ResourceClassDeleted;
import io.inventoryledger.core.trait.TraitCreated;
import io.inventoryledger.core.trait.TraitDeleted;
import io.inventoryledger.projections.support.EventFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A random but valid history, as the aggregates would write it: nested providers created, re-parented, deleted and
 * created again; inventories replaced, added, updated and deleted; traits and aggregates (counted and uncounted);
 * consumers claiming, moving and releasing across providers (with the providers' own allocation events); custom
 * classes and traits. Every event of a stream carries the stream's next sequence number.
 */
final class GeneratedHistory {
    private static final List<String> CLASSES = List.of("VCPU", "MEMORY_MB", "DISK_GB", "CUSTOM_GPU");
    private static final List<String> TRAITS = List.of("HW_CPU_X86_AVX2", "CUSTOM_FAST", "STORAGE_DISK_SSD");

    private static final class Provider {
        final UUID uuid;
        int incarnation;
        long sequence;
        long profileSequence = -1;
        UUID parent;
        boolean alive;
        final Set<String> inventories = new HashSet<>();

        Provider(UUID uuid) {
            this.uuid = uuid;
        }

        String stream() {
            return ProviderStreamId.of(uuid, incarnation);
        }
    }

    private static final class Consumer {
        final UUID uuid;
        int incarnation;
        long sequence = -1;
        boolean alive;
        Map<UUID, Map<String, Long>> allocations = Map.of();

        Consumer(UUID uuid) {
            this.uuid = uuid;
        }
    }

    private final Random random;
    private final List<Provider> providers = new ArrayList<>();
    private final List<Consumer> consumers = new ArrayList<>();
    private final List<UUID> aggregatePool = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> catalogSequences = new HashMap<>();
    private Instant clock = Instant.parse("2026-01-01T00:00:00.123456Z");

    private GeneratedHistory(long seed) {
        this.random = new Random(seed);
    }

    static List<DomainEventMessage<?>> of(long seed, int steps) {
        GeneratedHistory history = new GeneratedHistory(seed);
        for (int i = 0; i < steps; i++) {
            history.step();
        }
        return history.events;
    }

    private void step() {
        List<Provider> alive = providers.stream().filter(p -> p.alive).toList();
        int choice = alive.isEmpty() ? 0 : random.nextInt(14);
        switch (choice) {
            case 0, 1 -> create(alive);
            case 2 -> replaceInventories(pick(alive));
            case 3 -> changeOneInventory(pick(alive));
            case 4 -> traitsOrAggregates(pick(alive));
            case 5 -> reparent(pick(alive), alive);
            case 6 -> delete(pick(alive));
            case 7, 8, 9 -> claim(alive);
            case 10 -> release();
            case 11 -> catalog();
            default -> replaceInventories(pick(alive));
        }
    }

    private void create(List<Provider> alive) {
        List<Provider> gone = providers.stream().filter(p -> !p.alive).toList();
        Provider provider;
        if (!gone.isEmpty() && random.nextInt(3) == 0) {
            provider = pick(gone);
        } else {
            provider = new Provider(UUID.randomUUID());
            providers.add(provider);
        }
        provider.incarnation++;
        provider.sequence = 0;
        provider.profileSequence = -1;
        provider.alive = true;
        provider.inventories.clear();
        provider.parent = alive.isEmpty() || random.nextBoolean() ? null : pick(alive).uuid;
        emit(
                provider.stream(),
                0,
                new ResourceProviderCreated(
                        provider.uuid,
                        provider.incarnation,
                        "rp-" + provider.uuid + "-" + provider.incarnation,
                        provider.parent));
    }

    private void replaceInventories(Provider provider) {
        Map<String, Inventory> inventories = new TreeMap<>();
        for (String rc : CLASSES) {
            if (random.nextBoolean()) {
                inventories.put(rc, inventory());
            }
        }
        provider.inventories.clear();
        provider.inventories.addAll(inventories.keySet());
        emit(provider.stream(), ++provider.sequence, new InventoriesReplaced(provider.uuid, inventories));
    }

    private void changeOneInventory(Provider provider) {
        String rc = CLASSES.get(random.nextInt(CLASSES.size()));
        if (!provider.inventories.contains(rc)) {
            provider.inventories.add(rc);
            emit(provider.stream(), ++provider.sequence, new InventoryAdded(provider.uuid, rc, inventory()));
        } else if (random.nextBoolean()) {
            emit(provider.stream(), ++provider.sequence, new InventoryUpdated(provider.uuid, rc, inventory()));
        } else {
            provider.inventories.remove(rc);
            emit(provider.stream(), ++provider.sequence, new InventoryDeleted(provider.uuid, rc));
        }
    }

    private void traitsOrAggregates(Provider provider) {
        switch (random.nextInt(3)) {
            case 0 -> {
                Set<String> traits = new HashSet<>();
                TRAITS.forEach(t -> {
                    if (random.nextBoolean()) {
                        traits.add(t);
                    }
                });
                emit(provider.stream(), ++provider.sequence, new ProviderTraitsReplaced(provider.uuid, traits));
            }
            case 1 ->
                emit(
                        provider.stream(),
                        ++provider.sequence,
                        new ProviderAggregatesReplaced(provider.uuid, aggregates()));
            default ->
                emit(
                        ProviderStreamId.profileOf(provider.stream()),
                        ++provider.profileSequence,
                        new ProviderAggregatesReplacedUncounted(provider.uuid, provider.incarnation, aggregates()));
        }
    }

    /** A new name, and a new parent that is not in the provider's own subtree (or none). */
    private void reparent(Provider provider, List<Provider> alive) {
        List<Provider> allowed =
                alive.stream().filter(p -> !inSubtree(p, provider)).toList();
        provider.parent = allowed.isEmpty() || random.nextInt(3) == 0 ? null : pick(allowed).uuid;
        emit(
                ProviderStreamId.profileOf(provider.stream()),
                ++provider.profileSequence,
                new ResourceProviderUpdated(
                        provider.uuid,
                        provider.incarnation,
                        "moved-" + provider.uuid + "-" + provider.profileSequence,
                        provider.parent));
    }

    private boolean inSubtree(Provider candidate, Provider top) {
        for (Provider at = candidate; at != null; at = find(at.parent)) {
            if (at == top) {
                return true;
            }
        }
        return false;
    }

    /** Only a leaf that nothing is allocated against, as Placement requires. */
    private void delete(Provider provider) {
        boolean hasChildren = providers.stream().anyMatch(p -> p.alive && provider.uuid.equals(p.parent));
        boolean inUse = consumers.stream().anyMatch(c -> c.alive && c.allocations.containsKey(provider.uuid));
        if (hasChildren || inUse) {
            return;
        }
        provider.alive = false;
        emit(provider.stream(), ++provider.sequence, new ResourceProviderDeleted(provider.uuid));
    }

    /** A new or existing consumer's allocations become a new set (possibly moving between providers). */
    private void claim(List<Provider> alive) {
        List<Consumer> live = consumers.stream().filter(c -> c.alive).toList();
        List<Consumer> gone = consumers.stream().filter(c -> !c.alive).toList();
        Consumer consumer;
        if (!live.isEmpty() && random.nextBoolean()) {
            consumer = pick(live);
        } else if (!gone.isEmpty() && random.nextInt(3) == 0) {
            consumer = pick(gone);
        } else {
            consumer = new Consumer(UUID.randomUUID());
            consumers.add(consumer);
        }
        if (!consumer.alive) {
            consumer.incarnation++;
            consumer.sequence = -1;
            consumer.alive = true;
            consumer.allocations = Map.of();
        }
        Map<UUID, Map<String, Long>> allocations = new LinkedHashMap<>();
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
            Map<String, Long> resources = new TreeMap<>();
            resources.put(CLASSES.get(random.nextInt(3)), 1L + random.nextInt(8));
            allocations.merge(pick(alive).uuid, resources, (a, b) -> {
                Map<String, Long> both = new TreeMap<>(a);
                both.putAll(b);
                return both;
            });
        }
        writeAllocations(consumer, allocations);
        emit(
                ConsumerStreamId.of(consumer.uuid, consumer.incarnation),
                ++consumer.sequence,
                new ConsumerAllocationsReplaced(
                        consumer.uuid,
                        consumer.incarnation,
                        "project-" + random.nextInt(3),
                        "user-" + random.nextInt(3),
                        random.nextBoolean() ? "INSTANCE" : null,
                        allocations));
    }

    private void release() {
        List<Consumer> live = consumers.stream().filter(c -> c.alive).toList();
        if (live.isEmpty()) {
            return;
        }
        Consumer consumer = pick(live);
        Map<UUID, Map<String, Long>> released = consumer.allocations;
        writeAllocations(consumer, Map.of());
        consumer.alive = false;
        emit(
                ConsumerStreamId.of(consumer.uuid, consumer.incarnation),
                ++consumer.sequence,
                new ConsumerAllocationsDeleted(consumer.uuid, consumer.incarnation, released));
    }

    /** Each provider touched (before or after) records the write in its own stream, as a claim does. */
    private void writeAllocations(Consumer consumer, Map<UUID, Map<String, Long>> after) {
        Set<UUID> touched = new HashSet<>(consumer.allocations.keySet());
        touched.addAll(after.keySet());
        for (UUID uuid : touched) {
            Provider provider = find(uuid);
            emit(
                    provider.stream(),
                    ++provider.sequence,
                    new ProviderAllocationsWritten(uuid, Map.of(consumer.uuid, after.getOrDefault(uuid, Map.of()))));
        }
        consumer.allocations = after;
    }

    private void catalog() {
        String suffix = Integer.toString(random.nextInt(3));
        Object event = switch (random.nextInt(4)) {
            case 0 -> new ResourceClassCreated("CUSTOM_C" + suffix);
            case 1 -> new ResourceClassDeleted("CUSTOM_C" + suffix);
            case 2 -> new TraitCreated("CUSTOM_T" + suffix);
            default -> new TraitDeleted("CUSTOM_T" + suffix);
        };
        String stream = "catalog/"
                + event.getClass().getSimpleName().replace("Created", "").replace("Deleted", "") + suffix;
        long sequence = catalogSequences.merge(stream, 1L, Long::sum) - 1;
        emit(stream, sequence, event);
    }

    private Inventory inventory() {
        long total = 1 + random.nextInt(1000);
        return new Inventory(total, random.nextInt((int) total), 1, total, 1, 0.5 + random.nextInt(32) / 2.0);
    }

    private List<UUID> aggregates() {
        List<UUID> chosen = new ArrayList<>(aggregatePool);
        java.util.Collections.shuffle(chosen, random);
        return List.copyOf(chosen.subList(0, random.nextInt(chosen.size() + 1)));
    }

    private Provider find(UUID uuid) {
        return uuid == null
                ? null
                : providers.stream()
                        .filter(p -> p.uuid.equals(uuid))
                        .findFirst()
                        .orElseThrow();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private void emit(String stream, long sequence, Object payload) {
        clock = clock.plusMillis(1 + random.nextInt(1500)).plusNanos(random.nextInt(1000));
        // as the store gives them: each at its global index (in its token, and as its identifier, as a bulk
        // rebuild's decoder makes it)
        events.add(EventFeed.stored(events.size() + 1, stream, sequence, payload, clock));
    }
}
