package io.inventoryledger.app.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inventoryledger.app.support.Claims;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import io.inventoryledger.app.support.TwoNodes;
import io.inventoryledger.projections.feed.FeedPosition;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feed read a page at a time, alternately from two nodes on one database, while both nodes take claims and one
 * write is held between its append and its commit: the reader passes the held write's global index while it is in
 * flight, and still gets it once it commits. Nothing missed, nothing twice.
 */
class ChangeFeedAcrossNodesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TwoNodes nodes;

    @BeforeAll
    static void startTwoNodes() {
        nodes = TwoNodes.start(8);
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    private static String provider(PlacementClient node) {
        return Providers.withInventory(node, "{\"VCPU\":{\"total\":1000}}");
    }

    private static void claims(PlacementClient node, List<String> providers, AtomicBoolean stop) {
        for (int i = 0; !stop.get(); i++) {
            String rp = providers.get(i % providers.size());
            Reply claimed = node.microversion("1.28").put("/allocations/" + UUID.randomUUID(), Claims.vcpu(rp, 1));
            assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
        }
    }

    @Test
    void aReaderResumingOnEitherNodeMissesNothingAndRepeatsNothingUnderConcurrentWriters() throws Exception {
        PlacementClient a = nodes.a().admin();
        PlacementClient b = nodes.b().admin();
        assertThat(a.post("/ledger/testing/reset", "{}").status()).isEqualTo(204);
        String held = provider(a);
        List<String> providers = List.of(provider(a), provider(b), provider(a), provider(b));
        DataSource dataSource = nodes.a().bean(DataSource.class);
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> seen = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        String position = "0";

        CompletableFuture<Reply> heldWrite;
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        try (Connection lock = dataSource.getConnection()) {
            // the held write appends its event, then waits for its provider's read-model row, which we hold
            lock.setAutoCommit(false);
            lock.createStatement().execute("SELECT * FROM resource_providers WHERE uuid = '" + held + "' FOR UPDATE");
            heldWrite = CompletableFuture.supplyAsync(
                    () -> b.put(
                            "/resource_providers/" + held + "/inventories",
                            "{\"resource_provider_generation\":1,\"inventories\":{\"VCPU\":{\"total\":5}}}"),
                    pool);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> sql.queryForObject(
                                    "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                                            + " AND wait_event_type = 'Lock'",
                                    Integer.class)
                            > 0);
            for (PlacementClient node : List.of(a, a, b, b)) {
                writers.add(CompletableFuture.runAsync(() -> claims(node, providers, stop), pool));
            }
            for (int page = 0; page < 30; page++) {
                position = read(page % 2 == 0 ? a : b, position, seen);
                positions.add(position);
            }
            lock.rollback();
        }
        assertThat(heldWrite.get().status()).as(heldWrite.get().toString()).isEqualTo(200);
        for (int page = 0; page < 10; page++) {
            position = read(page % 2 == 0 ? b : a, position, seen);
        }
        stop.set(true);
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get();
        pool.shutdown();
        for (boolean more = true; more; ) {
            JsonNode page = JSON.readTree(
                    a.get("/ledger/changes?limit=5&after=" + position).body());
            page.get("changes")
                    .forEach(change -> seen.add(change.get("global_index").asLong()));
            position = page.get("position").asText();
            more = page.get("more").asBoolean();
        }

        // the reader did pass the held write while it was in flight: its positions carried the gap
        Long heldIndex = sql.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2",
                Long.class,
                held);
        assertThat(positions).anyMatch(p -> FeedPosition.parse(p).gaps().containsKey(heldIndex));
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen)
                .containsExactlyInAnyOrderElementsOf(
                        sql.queryForList("SELECT global_index FROM domain_event_entry", Long.class));
    }

    private static String read(PlacementClient node, String position, List<Long> seen) throws Exception {
        Reply reply = node.get("/ledger/changes?limit=5&after=" + position);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode page = JSON.readTree(reply.body());
        page.get("changes")
                .forEach(change -> seen.add(change.get("global_index").asLong()));
        return page.get("position").asText();
    }
}
