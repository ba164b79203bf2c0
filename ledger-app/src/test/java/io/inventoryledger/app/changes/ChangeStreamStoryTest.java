package io.inventoryledger.app.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inventoryledger.app.support.Claims;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The live change stream (Server-Sent Events): delivery, resume with Last-Event-ID, heartbeats, slow subscribers. */
@TestPropertySource(properties = {"ledger.changes.stream.buffer=50", "ledger.changes.stream.heartbeat=400ms"})
@Import(ChangeStreamStoryTest.SmallSendBuffers.class)
class ChangeStreamStoryTest extends LedgerServerTest {
    /** Sockets that buffer 8 KiB instead of growing to 4 MiB: a stalled reader fills them after a few claims. */
    @TestConfiguration
    static class SmallSendBuffers {
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallSendBuffers() {
            return factory ->
                    factory.addConnectorCustomizers(connector -> connector.setProperty("socket.txBufSize", "8192"));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    ChangeStreamHub hub;

    private String provider;

    @BeforeEach
    void aProvider() {
        provider = Providers.withInventory(api, "{\"VCPU\":{\"total\":100000}}");
        await().atMost(WAIT).until(() -> hub.subscriberCount() == 0);
    }

    private int claim() {
        return api.microversion("1.28")
                .put("/allocations/" + UUID.randomUUID(), Claims.vcpu(provider, 1))
                .status();
    }

    private SseClient subscribe(String lastEventId) throws Exception {
        SseClient client = new SseClient(baseUrl() + "/ledger/changes/stream", lastEventId);
        assertThat(client.status).isEqualTo(200);
        return client;
    }

    private static long index(SseClient.Event event) throws Exception {
        return JSON.readTree(event.data()).get("global_index").asLong();
    }

    @Test
    void committedChangesArriveLiveWithTheirPositionAsIdAndHeartbeatsFillTheSilence() throws Exception {
        try (SseClient stream = subscribe(null)) {
            stream.awaitComment("subscribed", WAIT);
            assertThat(claim()).isEqualTo(204);

            SseClient.Event first = stream.nextChange(WAIT);
            SseClient.Event second = stream.nextChange(WAIT);

            JsonNode change = JSON.readTree(first.data());
            assertThat(List.of(
                            change.get("kind").asText(),
                            JSON.readTree(second.data()).get("kind").asText()))
                    .containsExactlyInAnyOrder("ProviderAllocationsWritten", "ConsumerAllocationsReplaced");
            assertThat(first.id()).isEqualTo(change.get("position").asText());
            stream.awaitComment("heartbeat", WAIT);
        }
    }

    @Test
    void aSubscriberThatComesBackWithItsLastEventIdGetsWhatItMissedOnceThenLiveChanges() throws Exception {
        String resumeFrom;
        try (SseClient stream = subscribe(null)) {
            stream.awaitComment("subscribed", WAIT);
            assertThat(claim()).isEqualTo(204);
            resumeFrom = stream.nextChange(WAIT).id(); // mid-way: the claim's second event not yet taken
        }
        assertThat(claim()).isEqualTo(204);
        assertThat(claim()).isEqualTo(204);

        List<Long> received = new ArrayList<>();
        try (SseClient stream = subscribe(resumeFrom)) {
            for (int i = 0; i < 5; i++) {
                received.add(index(stream.nextChange(WAIT)));
            }
            assertThat(claim()).isEqualTo(204);
            received.add(index(stream.nextChange(WAIT)));
            received.add(index(stream.nextChange(WAIT)));
            assertThat(stream.next(Duration.ofMillis(300)))
                    .as("nothing more")
                    .satisfiesAnyOf(
                            event -> assertThat(event).isNull(),
                            event -> assertThat(event.name()).isNull());
        }

        JsonNode expected =
                JSON.readTree(api.get("/ledger/changes?after=" + resumeFrom).body());
        assertThat(received)
                .containsExactlyElementsOf(expected.findValues("global_index").stream()
                        .map(JsonNode::asLong)
                        .toList());
    }

    @Test
    void aSubscriberThatStopsReadingIsDroppedWhileClaimsGoOnAndOthersKeepReceiving() throws Exception {
        double droppedBefore = hub.droppedCount();
        try (Socket stalled = new Socket();
                SseClient healthy = subscribe(null)) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress("127.0.0.1", port));
            OutputStream out = stalled.getOutputStream();
            out.write(("GET /ledger/changes/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: admin\r\n"
                            + "Accept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = stalled.getInputStream();
            assertThat(in.read()).isNotNegative(); // the answer began; from now on nothing is read
            healthy.awaitComment("subscribed", WAIT);
            await().atMost(WAIT).until(() -> hub.subscriberCount() == 2);

            int claims = 0;
            while (hub.droppedCount() == droppedBefore && claims < 3000) {
                assertThat(claim()).isEqualTo(204);
                claims++;
            }

            assertThat(hub.droppedCount()).as("dropped after %d claims", claims).isEqualTo(droppedBefore + 1);
            assertThat(hub.subscriberCount()).isEqualTo(1);
            for (int i = 0; i < 2 * claims; i++) {
                healthy.nextChange(WAIT);
            }
        }
    }

    @Test
    void aBadPositionOrParameterIsRefused() throws Exception {
        Reply badAfter = api.get("/ledger/changes/stream?after=x");
        Reply limit = api.get("/ledger/changes/stream?limit=5");
        Reply badHeader = api.withHeader("Last-Event-ID", "12-!!").get("/ledger/changes/stream");

        assertThat(badAfter.status()).isEqualTo(400);
        assertThat(badAfter.errorCode()).isEqualTo("ledger.changes.bad_position");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.errorCode()).isEqualTo("ledger.changes.bad_filter");
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.errorCode()).isEqualTo("ledger.changes.bad_position");
    }
}
