package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An operator finds every log line of a request by its request id, and refusals log no stack traces. */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogContextStoryTest extends LedgerServerTest {

    @Test
    void logLinesOfARequestCarryItsRequestIdAndTheCallersGlobalRequestId(CapturedOutput output) {
        String global = "req-" + UUID.randomUUID();

        Reply rebuilt =
                api.withHeader("X-OpenStack-Request-ID", global).post("/ledger/projections/rebuild?wait=true", "{}");

        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        String requestId = rebuilt.header("openstack-request-id");
        assertThat(output.getOut().lines().filter(line -> line.contains("Rebuilding every projection")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains(requestId).contains(global));
    }

    @Test
    void refusalsLeaveNoStackTraceInTheLog(CapturedOutput output) {
        String uuid = UUID.randomUUID().toString();
        assertThat(api.post("/resource_providers", "{\"name\":\"quiet\",\"uuid\":\"" + uuid + "\"}")
                        .status())
                .isEqualTo(200);
        String inventories = "/resource_providers/" + uuid + "/inventories";
        String body = "{\"resource_provider_generation\":%d,\"inventories\":{\"VCPU\":{\"total\":4}}}";

        assertThat(api.put(inventories, body.formatted(7)).status()).isEqualTo(409);
        assertThat(api.put(inventories, "{\"resource_provider_generation\":").status())
                .isEqualTo(400);
        assertThat(api.get("/resource_providers/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.delete("/resource_providers/" + uuid).status()).isEqualTo(204);
        assertThat(api.put(inventories, body.formatted(0)).status()).isEqualTo(404);
        assertThat(api.put("/allocations/" + UUID.randomUUID(), "{\"allocations\":{}}")
                        .status())
                .isEqualTo(400);

        assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("Exception:");
    }
}
