package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
        String uuid = Providers.create(api, "quiet");
        String inventories = "/resource_providers/" + uuid + "/inventories";
        String body = "{\"resource_provider_generation\":%d,\"inventories\":{\"VCPU\":{\"total\":4}}}";
        List<Reply> refusals = new ArrayList<>();

        refusals.add(api.put(inventories, body.formatted(7)));
        refusals.add(api.put(inventories, "{\"resource_provider_generation\":"));
        refusals.add(api.get("/resource_providers/" + UUID.randomUUID()));
        assertThat(api.delete("/resource_providers/" + uuid).status()).isEqualTo(204);
        refusals.add(api.put(inventories, body.formatted(0)));
        refusals.add(api.put("/allocations/" + UUID.randomUUID(), "{\"allocations\":{}}"));

        assertThat(refusals).extracting(Reply::status).containsExactly(409, 400, 404, 404, 400);
        Set<String> ids = refusals.stream()
                .map(reply -> reply.header("openstack-request-id"))
                .collect(Collectors.toSet());
        String record = "";
        for (String line : output.getAll().lines().toList()) {
            if (line.matches("^\\d{4}-\\d{2}-\\d{2}T.*")) { // a log record's first line
                record = line;
            }
            String current = record;
            if (line.startsWith("\tat ") && ids.stream().anyMatch(current::contains)) {
                throw new AssertionError("stack trace logged for a refusal: " + current);
            }
        }
    }
}
