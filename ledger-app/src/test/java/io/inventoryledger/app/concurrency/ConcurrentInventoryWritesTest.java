package io.inventoryledger.app.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.Concurrently;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many clients write one provider's inventories at once, through the real server, on PostgreSQL. */
class ConcurrentInventoryWritesTest extends LedgerServerTest {
    private static final int THREADS = 16;

    @Autowired
    JdbcTemplate jdbc;

    private Reply putVcpu(String uuid, long generation, long total) {
        return api.put(
                "/resource_providers/" + uuid + "/inventories",
                "{\"resource_provider_generation\":" + generation + ",\"inventories\":{\"VCPU\":{\"total\":" + total
                        + "}}}");
    }

    private List<Long> sequenceNumbers(String uuid) {
        return jdbc.queryForList(
                "SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " ORDER BY sequence_number",
                Long.class,
                uuid);
    }

    @Test
    void ofSixteenWritersWithTheSameGenerationExactlyOneWins() throws Exception {
        String uuid = Providers.create(api);
        List<Callable<Reply>> writes = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long total = i + 1;
            writes.add(() -> putVcpu(uuid, 0, total));
        }
        List<Reply> done = Concurrently.run(writes);

        List<Reply> winners = done.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).hasSize(1);
        assertThat(done.stream().filter(r -> r.status() != 200))
                .hasSize(THREADS - 1)
                .allSatisfy(loser -> {
                    assertThat(loser.status()).as(loser.toString()).isEqualTo(409);
                    assertThat(loser.errorCode()).isEqualTo("placement.concurrent_update");
                });
        Reply after = api.get("/resource_providers/" + uuid + "/inventories");
        assertThat((Integer) after.json("$.resource_provider_generation")).isEqualTo(1);
        assertThat((Integer) after.json("$.inventories.VCPU.total"))
                .isEqualTo(winners.get(0).<Integer>json("$.inventories.VCPU.total"));
        assertThat(sequenceNumbers(uuid)).containsExactly(0L, 1L);
    }

    @Test
    void writersThatRetryOnConflictLoseNoUpdate() {
        String uuid = Providers.create(api);
        int writesEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<CompletableFuture<List<Integer>>> statuses = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            statuses.add(CompletableFuture.supplyAsync(() -> RetryingWriter.write(api, uuid, writesEach), pool));
        }
        List<Integer> all = statuses.stream().flatMap(f -> f.join().stream()).toList();
        pool.shutdown();

        assertThat(all).containsOnly(200, 409);
        long accepted = all.stream().filter(s -> s == 200).count();
        assertThat(accepted).isEqualTo((long) THREADS * writesEach);
        assertThat((Integer) api.get("/resource_providers/" + uuid).json("$.generation"))
                .isEqualTo(THREADS * writesEach);
        assertThat(sequenceNumbers(uuid))
                .containsExactlyElementsOf(LongStream.rangeClosed(0, (long) THREADS * writesEach)
                        .boxed()
                        .toList());
    }

    @Test
    void aDeleteRacingInventoryWritesIsRefusedOrWinsButNeverFails() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 15; round++) {
            String uuid = Providers.create(api);
            List<Callable<Reply>> requests = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long total = i + 1;
                requests.add(() -> putVcpu(uuid, 0, total));
            }
            requests.add(() -> api.delete("/resource_providers/" + uuid));
            Concurrently.run(requests).forEach(reply -> statuses.add(reply.status()));
        }

        assertThat(statuses).containsOnly(200, 204, 404, 409);
    }
}
