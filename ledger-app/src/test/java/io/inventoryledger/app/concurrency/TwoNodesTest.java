package io.inventoryledger.app.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import io.inventoryledger.app.support.TwoNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two application nodes (two servers, two Spring contexts) on one PostgreSQL database. */
class TwoNodesTest {
    private static TwoNodes nodes;
    private PlacementClient a;
    private PlacementClient b;

    @BeforeAll
    static void startTwoNodes() {
        nodes = TwoNodes.start(12);
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @BeforeEach
    void emptyLedger() {
        a = nodes.a().admin();
        b = nodes.b().admin();
        assertThat(a.post("/ledger/testing/reset", "{}").status()).isEqualTo(204);
    }

    @Test
    void aWriteOnOneNodeIsReadAtOnceOnTheOther() {
        String uuid = Providers.create(a);
        for (int generation = 0; generation < 20; generation++) {
            PlacementClient writer = generation % 2 == 0 ? a : b;
            PlacementClient reader = writer == a ? b : a;
            Reply put = writer.put(
                    "/resource_providers/" + uuid + "/inventories",
                    "{\"resource_provider_generation\":" + generation + ",\"inventories\":{\"VCPU\":{\"total\":"
                            + (generation + 1) + "}}}");
            assertThat(put.status()).as(put.toString()).isEqualTo(200);

            Reply read = reader.get("/resource_providers/" + uuid + "/inventories");

            assertThat((Integer) read.json("$.resource_provider_generation")).isEqualTo(generation + 1);
            assertThat((Integer) read.json("$.inventories.VCPU.total")).isEqualTo(generation + 1);
        }
    }

    @Test
    void aNodeForgetsWhatItKnewOfAStreamWhenTheLedgerWasEmptiedAndTheStreamWrittenAgain() {
        String uuid = Providers.create(a);
        String body = "{\"name\":\"cn-" + uuid + "\",\"uuid\":\"" + uuid + "\"}";
        assertThat(a.put(
                                "/resource_providers/" + uuid + "/inventories",
                                "{\"resource_provider_generation\":0,\"inventories\":{\"VCPU\":{\"total\":8}}}")
                        .status())
                .isEqualTo(200);
        assertThat(b.post("/ledger/testing/reset", "{}").status()).isEqualTo(204);
        assertThat(b.post("/resource_providers", body).status()).isEqualTo(200);
        assertThat(b.put(
                                "/resource_providers/" + uuid + "/inventories",
                                "{\"resource_provider_generation\":0,\"inventories\":{\"MEMORY_MB\":{\"total\":1024}}}")
                        .status())
                .isEqualTo(200);

        Reply add = a.post(
                "/resource_providers/" + uuid + "/inventories",
                "{\"resource_provider_generation\":1,\"resource_class\":\"VCPU\",\"total\":4}");

        assertThat(add.status()).as(add.toString()).isEqualTo(201);
        Reply read = b.get("/resource_providers/" + uuid + "/inventories");
        assertThat((Integer) read.json("$.resource_provider_generation")).isEqualTo(2);
        assertThat((Integer) read.json("$.inventories.VCPU.total")).isEqualTo(4);
        assertThat((Integer) read.json("$.inventories.MEMORY_MB.total")).isEqualTo(1024);
    }

    @Test
    void concurrentWritesThroughBothNodesLoseNoUpdate() {
        String uuid = Providers.create(a);
        int writersPerNode = 4;
        int writesEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(2 * writersPerNode);
        List<CompletableFuture<List<Integer>>> statuses = new ArrayList<>();
        for (int i = 0; i < writersPerNode; i++) {
            // each writer reads on one node and writes on the other, to meet the other node's writes head-on
            statuses.add(CompletableFuture.supplyAsync(() -> RetryingWriter.write(a, b, uuid, writesEach), pool));
            statuses.add(CompletableFuture.supplyAsync(() -> RetryingWriter.write(b, a, uuid, writesEach), pool));
        }
        List<Integer> all = statuses.stream().flatMap(f -> f.join().stream()).toList();
        pool.shutdown();

        int expected = 2 * writersPerNode * writesEach;
        assertThat(all).containsOnly(200, 409);
        assertThat(all.stream().filter(s -> s == 200)).hasSize(expected);
        assertThat((Integer) b.get("/resource_providers/" + uuid).json("$.generation"))
                .isEqualTo(expected);
        assertThat(new JdbcTemplate(nodes.a().bean(javax.sql.DataSource.class))
                        .queryForList(
                                "SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY 1",
                                Long.class,
                                uuid))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(0, expected).boxed().toList());
    }

    @Test
    void sixteenWritersOnTwoNodesWithTheSameGenerationGetOneWinner() {
        String uuid = Providers.create(a);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            PlacementClient node = i % 2 == 0 ? a : b;
            int total = i + 1;
            replies.add(CompletableFuture.supplyAsync(
                    () -> node.put(
                            "/resource_providers/" + uuid + "/inventories",
                            "{\"resource_provider_generation\":0,\"inventories\":{\"VCPU\":{\"total\":" + total
                                    + "}}}"),
                    pool));
        }
        List<Reply> done = replies.stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        assertThat(done).extracting(Reply::status).containsOnly(200, 409);
        assertThat(done.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(done.stream().filter(r -> r.status() == 409))
                .allSatisfy(loser -> assertThat(loser.errorCode()).isEqualTo("placement.concurrent_update"));
    }
}
