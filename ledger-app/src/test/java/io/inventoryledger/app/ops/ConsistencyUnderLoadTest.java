package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.Claims;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The check reads the event store and the read tables in one snapshot: while claims and releases keep committing,
 * every report it gives says the ledger adds up (reads at different moments would see a claim in one table and not
 * yet in another), and the check holds up none of those writes.
 */
class ConsistencyUnderLoadTest extends LedgerServerTest {
    @Test
    void checksRunningDuringClaimsAndReleasesFindNothingWrong() {
        List<String> providers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            providers.add(Providers.withInventory(api, "cn" + i, "{\"VCPU\":{\"total\":1000}}"));
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger writes = new AtomicInteger();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String provider = providers.get(w);
            writers.add(CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    String consumer = "/allocations/" + UUID.randomUUID();
                    Reply claimed = api.microversion("1.28").put(consumer, Claims.vcpu(provider, 1));
                    Reply released = api.delete(consumer);
                    if (claimed.status() != 204 || released.status() != 204) {
                        failures.add("claim " + claimed.status() + " " + claimed.body() + ", release "
                                + released.status() + " " + released.body());
                    }
                    writes.addAndGet(2);
                }
            }));
        }
        try {
            for (int i = 0; i < 8; i++) {
                Reply report = api.get("/ledger/ops/consistency");
                assertThat(report.status()).as(report.body()).isEqualTo(200);
                assertThat((Boolean) report.json("$.consistent"))
                        .as(report.body())
                        .isTrue();
            }
        } finally {
            stop.set(true);
            writers.forEach(CompletableFuture::join);
        }
        assertThat(writes.get()).isPositive();
        assertThat(failures)
                .as("claims and releases the checks got in the way of")
                .isEmpty();
    }
}
