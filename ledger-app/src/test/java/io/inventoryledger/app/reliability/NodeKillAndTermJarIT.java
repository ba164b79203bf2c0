package io.inventoryledger.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import io.inventoryledger.app.support.ServiceProcess;
import io.inventoryledger.app.support.SpanningClaim;
import io.inventoryledger.app.support.TestDatabase;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three service processes (the packaged jar) on one database under a claim load. One is SIGKILLed, one SIGTERMed;
 * the third keeps serving throughout. The SIGTERMed one turns readiness DOWN while it still serves, finishes what
 * it has in flight and exits; nobody gets a 500. Afterwards every acknowledged claim is there on both providers it
 * spans, usage equals the sum of allocations on each, and a rebuild from the events equals the live tables. The
 * survivor logs JSON (structured logging) with the request id in the lines of a request.
 */
class NodeKillAndTermJarIT {
    private static final int CLIENTS_PER_NODE = 2;

    private final List<ServiceProcess> nodes = new ArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> wrongAnswers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    @AfterEach
    void stopNodes() throws InterruptedException {
        running.set(false);
        for (ServiceProcess node : nodes) {
            node.kill();
        }
    }

    @Test
    void nodesDieAndDrainWhileTheOthersKeepServingAndNothingAcknowledgedIsLost() throws Exception {
        String database = ServiceProcess.freshDatabase(TestDatabase.name() + "_nodes");
        ExecutorService starting = Executors.newFixedThreadPool(3);
        Future<ServiceProcess> first = starting.submit(() ->
                ServiceProcess.start(database, "nodes-survivor", Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")));
        Future<ServiceProcess> second = starting.submit(() -> ServiceProcess.start(database, "nodes-killed"));
        Future<ServiceProcess> third = starting.submit(
                () -> ServiceProcess.start(database, "nodes-drained", Map.of("LEDGER_SHUTDOWN_READINESS_GRACE", "3s")));
        starting.shutdown();
        ServiceProcess survivor = first.get();
        ServiceProcess killed = second.get();
        ServiceProcess drained = third.get();
        nodes.addAll(List.of(survivor, killed, drained));
        PlacementClient admin = PlacementClient.admin(survivor.baseUrl());
        SpanningClaim spanning = SpanningClaim.create(admin);
        String claim = spanning.body();

        ExecutorService load = Executors.newFixedThreadPool(3 * CLIENTS_PER_NODE);
        AtomicInteger onSurvivor = new AtomicInteger();
        AtomicInteger onDrained = new AtomicInteger();
        for (int i = 0; i < CLIENTS_PER_NODE; i++) {
            load.submit(() -> claim(survivor, claim, onSurvivor));
            load.submit(() -> claim(killed, claim, new AtomicInteger()));
            load.submit(() -> claim(drained, claim, onDrained));
        }
        awaitAtLeast(onSurvivor, 20);

        killed.kill();
        int survivorBefore = onSurvivor.get();
        awaitAtLeast(onSurvivor, survivorBefore + 20);

        PlacementClient probe = PlacementClient.admin(drained.baseUrl()).withHeader("X-Auth-Token", null);
        assertThat(probe.get("/ledger/ops/health/readiness").status()).isEqualTo(200);
        drained.terminate();
        await("readiness DOWN after SIGTERM")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> probe.get("/ledger/ops/health/readiness").status() == 503);
        int drainedWhenDown = onDrained.get();
        await("claims still answered by the draining node while its readiness is DOWN")
                .atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> onDrained.get() > drainedWhenDown);
        assertThat(drained.awaitExit(Duration.ofMinutes(1)))
                .as("exit status after SIGTERM")
                .isIn(0, 143);
        int survivorAfterTerm = onSurvivor.get();
        awaitAtLeast(onSurvivor, survivorAfterTerm + 20);

        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(wrongAnswers).as("answers other than 204 and 503").isEmpty();
        assertThat(spanning.assertWhole(admin, acknowledged)).containsAll(acknowledged);

        Reply rebuilt = admin.post("/ledger/projections/rebuild?wait=true", "{}");
        assertThat((Boolean) rebuilt.json("$.equal")).as(rebuilt.body()).isTrue();
        String requestId = rebuilt.header("openstack-request-id");
        assertThat(Files.readAllLines(ServiceProcess.log("nodes-survivor")))
                .as("JSON log lines of the rebuild request carry its id")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("{")
                        .contains("Rebuilding every projection")
                        .contains("\"request_id\":\"" + requestId + "\""));
    }

    private void awaitAtLeast(AtomicInteger counter, int target) {
        await().atMost(Duration.ofMinutes(2)).until(() -> counter.get() >= target);
    }

    /**
     * One scheduler on one node, claiming for new consumers until told to stop or its node is gone. An answer is
     * 204 or 503; a request without an answer (the node died under it, or refused the connection) has an unknown
     * outcome, which the invariants cover either way.
     */
    private void claim(ServiceProcess node, String claim, AtomicInteger counter) {
        PlacementClient api = PlacementClient.admin(node.baseUrl()).microversion("1.28");
        while (running.get()) {
            String consumer = UUID.randomUUID().toString();
            Reply reply;
            try {
                reply = api.put("/allocations/" + consumer, claim);
            } catch (RuntimeException noAnswer) {
                if (!isAlive(node)) {
                    return;
                }
                continue;
            }
            if (reply.status() == 204) {
                acknowledged.add(consumer);
                counter.incrementAndGet();
            } else if (reply.status() != 503) {
                wrongAnswers.add(node.baseUrl() + " " + consumer + ": " + reply);
            }
        }
    }

    private static boolean isAlive(ServiceProcess node) {
        try {
            PlacementClient.admin(node.baseUrl()).get("/");
            return true;
        } catch (RuntimeException gone) {
            return false;
        }
    }
}
