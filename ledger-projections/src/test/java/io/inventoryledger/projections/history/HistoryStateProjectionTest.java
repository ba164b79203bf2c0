package io.inventoryledger.projections.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.core.consumer.ConsumerAllocationsDeleted;
import io.inventoryledger.core.consumer.ConsumerAllocationsReplaced;
import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.InventoriesReplaced;
import io.inventoryledger.core.provider.Inventory;
import io.inventoryledger.core.provider.ProviderAllocationsWritten;
import io.inventoryledger.core.provider.ProviderStreamId;
import io.inventoryledger.core.provider.ResourceProviderCreated;
import io.inventoryledger.projections.support.EventFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.Test;

/**
 * A write's events reach the projection in the order the claim handler applied them (by stream id), so a
 * consumer's event may come before or after the provider's: the usage row is the provider event's either way, with
 * its generation, and a release without a provider event is a row of its own without one.
 */
class HistoryStateProjectionTest {
    private static final UUID HOST = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID VM = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final String HOST_STREAM = ProviderStreamId.of(HOST, 1);
    private static final String VM_STREAM = ConsumerStreamId.of(VM, 1);
    private static final Map<UUID, Map<String, Long>> TWO_DISKS = Map.of(HOST, Map.of("DISK_GB", 2L));

    @Test
    void theUsageRowIsTheProviderEventsWhicheverOfTheWritesEventsComesFirst() {
        for (boolean providerFirst : List.of(true, false)) {
            MemoryHistoryStateRows rows = new MemoryHistoryStateRows();
            Feed feed = new Feed(new HistoryStateProjection(rows, EventPositions.decoded()));
            feed.deliver(HOST_STREAM, 0, new ResourceProviderCreated(HOST, 1, "host", null));
            feed.deliver(HOST_STREAM, 1, new InventoriesReplaced(HOST, Map.of("DISK_GB", Inventory.ofTotal(10))));
            Object claim = new ConsumerAllocationsReplaced(VM, 1, "p", "u", null, TWO_DISKS);
            Object written = new ProviderAllocationsWritten(HOST, Map.of(VM, Map.of("DISK_GB", 2L)));
            if (providerFirst) {
                feed.deliver(HOST_STREAM, 2, written); // position 3
                feed.deliver(VM_STREAM, 0, claim);
            } else {
                feed.deliver(VM_STREAM, 0, claim);
                feed.deliver(HOST_STREAM, 2, written); // position 4
            }
            feed.deliver(VM_STREAM, 1, new ConsumerAllocationsDeleted(VM, 1, TWO_DISKS)); // position 5

            List<String> usages = new ArrayList<>();
            rows.dumpTo((table, columns, dumped) -> {
                if (table.equals("history_provider_usages")) {
                    dumped.forEach(row -> usages.add(row[1] + " gen " + row[3] + ": " + row[4]));
                }
            });
            assertThat(usages)
                    .as(providerFirst ? "provider event first" : "consumer event first")
                    .containsExactly((providerFirst ? 3 : 4) + " gen 2: DISK_GB=2", "5 gen null: ");
        }
    }

    /** Delivers events at positions 1, 2, 3, ..., a second apart. */
    private static final class Feed {
        private final AnnotationEventHandlerAdapter handler;
        private long position;

        Feed(Object projection) {
            handler = new AnnotationEventHandlerAdapter(projection);
        }

        void deliver(String stream, long sequence, Object payload) {
            position++;
            try {
                handler.handle(EventFeed.stored(
                        position,
                        stream,
                        sequence,
                        payload,
                        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(position)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
