package io.inventoryledger.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.inventoryledger.app.support.Claims;
import io.inventoryledger.app.support.LedgerNode;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.PrivatePostgres;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a claim load, on a PostgreSQL cluster of this test's own: restarted (fast
 * shutdown: sessions ended, transactions in flight rolled back), and its sessions killed by pg_terminate_backend
 * mid-transaction. Callers get 204 or 503 with Retry-After and code ledger.database_unavailable, never a 500 or a
 * 409 for a fresh claim; the pool recovers within 5 s of the database's return; every acknowledged claim is there
 * and the provider's usage is the sum of its allocations.
 */
class DatabaseFaultsTest {
    private static final int CLIENTS = 8;

    private PrivatePostgres postgres;
    private LedgerNode node;
    private PlacementClient api;
    private String provider;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicLong lastAcknowledgedAt = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private ExecutorService load;

    @BeforeEach
    void startClusterAndNode() throws Exception {
        postgres = PrivatePostgres.create();
        node = LedgerNode.start(
                new String[] {"test"},
                "--spring.datasource.url=" + postgres.url(),
                "--spring.datasource.username=root",
                "--spring.datasource.hikari.connection-timeout=2000");
        api = node.admin();
        provider = Providers.withInventory(api, "faulty", "{\"VCPU\":{\"total\":1000000}}");
        load = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            load.submit(this::claimFreshConsumers);
        }
    }

    @AfterEach
    void stop() throws Exception {
        running.set(false);
        if (load != null) {
            load.shutdownNow();
        }
        if (node != null) {
            node.close();
        }
        postgres.close();
    }

    @Test
    void aRestartedDatabaseCostsRetriesButNoAnswerIsWrongAndNothingAcknowledgedIsLost() throws Exception {
        awaitMoreClaims(40);
        postgres.stop();
        int before = unavailable.get();
        await("503s while the database is down")
                .atMost(Duration.ofSeconds(30))
                .until(() -> unavailable.get() >= before + CLIENTS);
        postgres.start();
        long back = System.nanoTime();

        await("a claim acknowledged within 5 s of the database's return")
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> lastAcknowledgedAt.get() > back);
        awaitMoreClaims(20);
        stopLoad();

        assertEveryAnswerWasRightAndNothingIsLost();
    }

    @Test
    void sessionsKilledMidTransactionCostRetriesButNoAnswerIsWrongAndNothingAcknowledgedIsLost() throws Exception {
        awaitMoreClaims(40);
        int killed = 0;
        for (int round = 0; round < 6; round++) {
            killed += postgres.terminateSessions();
            awaitMoreClaims(10);
        }
        stopLoad();

        assertThat(killed).as("sessions terminated").isGreaterThan(0);
        assertEveryAnswerWasRightAndNothingIsLost();
    }

    private void assertEveryAnswerWasRightAndNothingIsLost() {
        assertThat(unexpected).as("answers other than 204 and 503").isEmpty();
        for (String consumer : acknowledged) {
            Reply allocations = api.get("/allocations/" + consumer);
            assertThat((Integer) allocations.json("$.allocations['" + provider + "'].resources.VCPU"))
                    .as("acknowledged claim %s", consumer)
                    .isEqualTo(1);
        }
        Map<String, Object> onProvider =
                api.get("/resource_providers/" + provider + "/allocations").json("$.allocations");
        assertThat(onProvider.keySet()).containsAll(acknowledged);
        assertThat((Integer)
                        api.get("/resource_providers/" + provider + "/usages").json("$.usages.VCPU"))
                .as("usage = sum of allocations")
                .isEqualTo(onProvider.size());
    }

    private void awaitMoreClaims(int more) {
        int target = acknowledged.size() + more;
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= target);
    }

    private void stopLoad() throws InterruptedException {
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    /** One scheduler claiming for new consumers; every answer is classified. */
    private void claimFreshConsumers() {
        PlacementClient client = api.microversion("1.28");
        String claim = Claims.vcpu(provider, 1);
        while (running.get()) {
            String consumer = UUID.randomUUID().toString();
            Reply reply;
            try {
                reply = client.put("/allocations/" + consumer, claim);
            } catch (RuntimeException e) {
                unexpected.add(consumer + ": " + e);
                continue;
            }
            if (reply.status() == 204) {
                acknowledged.add(consumer);
                lastAcknowledgedAt.set(System.nanoTime());
            } else if (reply.status() == 503
                    && reply.header("Retry-After") != null
                    && "ledger.database_unavailable".equals(reply.errorCode())) {
                unavailable.incrementAndGet();
            } else {
                unexpected.add(consumer + ": " + reply + " Retry-After=" + reply.header("Retry-After"));
            }
        }
    }
}
