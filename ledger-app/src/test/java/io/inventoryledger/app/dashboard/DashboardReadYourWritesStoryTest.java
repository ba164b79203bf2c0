package io.inventoryledger.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.readmodel.ReadModelWaitInterceptor;
import io.inventoryledger.app.support.Claims;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import io.inventoryledger.projections.dashboard.DashboardProjection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard's read model is kept off the claim path: a user who just wrote waits for it to show their write, a
 * dashboard user who did not is answered at once from the read model as it stands, told how far behind it is.
 */
@TestPropertySource(properties = "ledger.read-models.read-wait=60s")
class DashboardReadYourWritesStoryTest extends LedgerServerTest {
    private static final String VCPU_USED = "$.classes[?(@.resource_class == 'VCPU')].used";

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void theWriterWaitsForItsWriteAndAReaderWhoDidNotWriteIsAnsweredAtOnceWithTheLag() throws Exception {
        PlacementClient dashboard = api.withHeader("X-Auth-Token", "wallboard")
                .withHeader("X-Roles", "reader")
                .withHeader("OpenStack-System-Scope", "all");
        String provider = Providers.withInventory(api, "cn-ryw", "{\"VCPU\":{\"total\":64}}");
        assertThat(used(api.get("/ledger/dashboard/classes"))).isZero();

        StreamingEventProcessor processor = (StreamingEventProcessor)
                processing.eventProcessor(DashboardProjection.PROCESSING_GROUP).orElseThrow();
        processor.shutDown();
        CompletableFuture<Reply> writersRead;
        try {
            Reply claimed = api.microversion("1.28").put("/allocations/" + UUID.randomUUID(), Claims.vcpu(provider, 6));
            assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
            writersRead = CompletableFuture.supplyAsync(() -> api.get("/ledger/dashboard/classes"));

            Reply readersRead = dashboard.get("/ledger/dashboard/classes");

            assertThat(readersRead.status()).as(readersRead.toString()).isEqualTo(200);
            assertThat(used(readersRead)).isZero();
            assertThat(Long.parseLong(readersRead.header(ReadModelWaitInterceptor.LAG_HEADER)))
                    .isPositive();
            assertThat(writersRead).isNotDone();
        } finally {
            processor.start();
        }
        Reply writers = writersRead.get();
        assertThat(writers.status()).as(writers.toString()).isEqualTo(200);
        assertThat(used(writers)).isEqualTo(6);
        assertThat(writers.header(ReadModelWaitInterceptor.LAG_HEADER)).isNull();
    }

    private static long used(Reply reply) {
        List<Number> used = reply.json(VCPU_USED);
        return used.isEmpty() ? 0 : used.get(0).longValue();
    }
}
