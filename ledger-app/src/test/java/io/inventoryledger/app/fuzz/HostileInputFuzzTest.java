package io.inventoryledger.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.inventoryledger.app.support.LedgerNode;
import io.inventoryledger.app.support.PlacementClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input over every route, through a real server: 1,000 batches of 100 generated requests (100,000), sent by
 * eight clients at once. No answer is a 5xx; every refusal is Placement's error document (with a code from 1.23);
 * and a batch whose writes were all refused leaves the event store and every read table exactly as they were.
 */
class HostileInputFuzzTest {
    private static final int BATCH = 100;
    private static final int CLIENTS = 8;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static LedgerNode node;
    private static SeededWorld world;
    private static LedgerFingerprint ledger;
    private static ExecutorService clients;
    private static final AtomicLong sent = new AtomicLong();
    private static final AtomicInteger unchangedBatchesChecked = new AtomicInteger();

    @BeforeContainer
    static void startServer() throws Exception {
        node = LedgerNode.start(new String[] {"test"});
        PlacementClient admin = node.admin();
        assertThat(admin.post("/ledger/testing/reset", "{}").status()).isEqualTo(204);
        world = SeededWorld.create(admin);
        ledger = new LedgerFingerprint();
        clients = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterContainer
    static void stopServer() throws Exception {
        clients.shutdownNow();
        ledger.close();
        node.close();
        assertThat(sent.get()).as("requests sent").isGreaterThanOrEqualTo(100_000);
        assertThat(unchangedBatchesChecked.get())
                .as("batches whose writes were all refused, checked for an unchanged ledger")
                .isGreaterThan(100);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void hostileRequestsAreRefusedCleanlyAndLeaveNoTrace(@ForAll Random random) throws Exception {
        HostileRequests generator = new HostileRequests(world, random);
        List<HostileRequest> batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            batch.add(generator.next());
        }
        String before = ledger.take();
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (HostileRequest request : batch) {
            answers.add(clients.submit(() -> send(request)));
        }
        boolean anyWriteAccepted = false;
        List<String> writes = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            HostileRequest request = batch.get(i);
            HttpResponse<String> answer = answers.get(i).get();
            sent.incrementAndGet();
            assertThat(answer.statusCode())
                    .as("%s -> %s", request, answer.body())
                    .isLessThan(500);
            if (request.isWrite()) {
                writes.add(answer.statusCode() + " " + request + " -> " + answer.body());
            }
            if (answer.statusCode() >= 400) {
                assertPlacementError(request, answer);
            } else if (request.isWrite()) {
                anyWriteAccepted = true;
            }
        }
        if (!anyWriteAccepted) {
            assertThat(ledger.take())
                    .as("the ledger after refused writes: %s", String.join("\n", writes))
                    .isEqualTo(before);
            unchangedBatchesChecked.incrementAndGet();
        }
    }

    private static HttpResponse<String> send(HostileRequest request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + node.port() + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(60))
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        request.headers().forEach(builder::header);
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertPlacementError(HostileRequest request, HttpResponse<String> answer) {
        if (!request.acceptsJson() || request.method().equals("HEAD")) {
            return;
        }
        String why = request + " -> " + answer.statusCode() + " " + answer.body();
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .as(why)
                .startsWith("application/json");
        Map<String, Object> error = JsonPath.read(answer.body(), "$.errors[0]");
        assertThat(error).as(why).containsEntry("status", answer.statusCode()).containsKeys("title", "detail");
        String version = answer.headers().firstValue("openstack-api-version").orElse("placement 1.0");
        if (minor(version) >= 23) {
            assertThat((String) error.get("code")).as(why).startsWith("placement.");
        }
    }

    private static int minor(String versionHeader) {
        return Integer.parseInt(versionHeader.substring(versionHeader.indexOf('.') + 1));
    }
}
