package io.inventoryledger.app.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import io.inventoryledger.app.support.ServiceProcess;
import io.inventoryledger.app.support.SpanningClaim;
import io.inventoryledger.app.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service is killed with SIGKILL in the middle of a claim load and started again on the same
 * database: every claim answered 204 is there in full, every delete answered 204 is gone, no consumer is
 * half-allocated, and the operator's consistency check finds usage equal to the sum of allocations.
 */
class ServiceCrashRecoveryJarIT {
    private static final int CLIENTS = 8;

    private ServiceProcess service;

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null) {
            service.kill();
        }
    }

    @Test
    void everyAnsweredClaimSurvivesASigkillAndTheLedgerStillAddsUp() throws Exception {
        String database = ServiceProcess.freshDatabase(TestDatabase.name() + "_crash");
        service = ServiceProcess.start(database, "crash-service-1");
        PlacementClient api = PlacementClient.admin(service.baseUrl()).microversion("1.28");
        SpanningClaim spanning = SpanningClaim.create(api);
        String claim = spanning.body();
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        Set<String> deleteUnanswered = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            load.submit(() -> claimAndRelease(api, claim, claimed, deleted, deleteUnanswered, running));
        }

        Awaitility.await("claims before the kill").atMost(Duration.ofMinutes(2)).until(() -> claimed.size() >= 60);
        service.kill();
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        service = ServiceProcess.start(database, "crash-service-2");
        PlacementClient after = PlacementClient.admin(service.baseUrl());

        for (String consumer : deleted) {
            assertThat(after.get("/allocations/" + consumer).body())
                    .as("deleted %s", consumer)
                    .isEqualTo("{\"allocations\":{}}");
        }
        Set<String> held = new HashSet<>(claimed);
        held.removeAll(deleted);
        held.removeAll(deleteUnanswered);
        spanning.assertWhole(after, held);
        Reply consistency = after.get("/ledger/ops/consistency");
        assertThat((Boolean) consistency.json("$.consistent"))
                .as(consistency.body())
                .isTrue();
    }

    /** One scheduler: claims for new consumers and deletes every third one it won, until the service dies. */
    private static void claimAndRelease(
            PlacementClient api,
            String claim,
            Set<String> claimed,
            Set<String> deleted,
            Set<String> deleteUnanswered,
            AtomicBoolean running) {
        List<String> won = new ArrayList<>();
        while (running.get()) {
            try {
                String consumer = UUID.randomUUID().toString();
                if (api.put("/allocations/" + consumer, claim).status() == 204) {
                    claimed.add(consumer);
                    won.add(consumer);
                }
                if (won.size() >= 3) {
                    String oldest = won.remove(0);
                    deleteUnanswered.add(oldest);
                    if (api.delete("/allocations/" + oldest).status() == 204) {
                        deleted.add(oldest);
                        deleteUnanswered.remove(oldest);
                    }
                    won.clear();
                }
            } catch (RuntimeException noAnswer) {
                // the service died under this request: its outcome is unknown, and either way must be whole
            }
        }
    }
}
