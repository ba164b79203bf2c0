package io.inventoryledger.app.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.command.LedgerCommands;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import io.inventoryledger.core.allocation.AllocationCommand.BatchedWrite;
import io.inventoryledger.core.allocation.AllocationCommand.ClaimBatch;
import io.inventoryledger.core.allocation.AllocationCommand.DeleteAllocations;
import io.inventoryledger.core.allocation.AllocationCommand.ReplaceAllocations;
import io.inventoryledger.core.audit.LedgerMetaData;
import io.inventoryledger.core.consumer.ConsumerClaim;
import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.error.LedgerException;
import io.inventoryledger.core.error.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Group commit: the writes of one batch are decided one by one against what the writes before them left, each
 * accepted or refused on its own, and each accepted one recorded with its own request.
 */
class ClaimBatchTest extends LedgerServerTest {
    @Autowired
    LedgerCommands commands;

    private String provider(int vcpu) {
        return Providers.withInventory(api, "{\"VCPU\":{\"total\":" + vcpu + "}}");
    }

    private static BatchedWrite claim(
            UUID consumer, String provider, String resourceClass, long amount, String request) {
        ConsumerClaim claim = new ConsumerClaim(
                consumer,
                "project",
                "user",
                null,
                true,
                null,
                Map.of(UUID.fromString(provider), Map.of(resourceClass, amount)));
        return new BatchedWrite(new ReplaceAllocations(List.of(claim)), request(request));
    }

    private static Map<String, Object> request(String id) {
        return Map.of(
                LedgerMetaData.REQUEST_ID,
                id,
                LedgerMetaData.REQUESTED_AT,
                Instant.now().toString());
    }

    @Test
    void eachWriteOfABatchIsAcceptedOrRefusedOnItsOwnAgainstTheWritesBeforeIt() {
        String host = provider(10);
        UUID first = UUID.randomUUID();
        UUID tooBig = UUID.randomUUID();
        UUID rest = UUID.randomUUID();
        UUID unknownClass = UUID.randomUUID();
        UUID nobody = UUID.randomUUID();
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requests.add("req-" + UUID.randomUUID());
        }

        List<RuntimeException> outcomes = commands.send(new ClaimBatch(List.of(
                claim(first, host, "VCPU", 4, requests.get(0)),
                claim(tooBig, host, "VCPU", 8, requests.get(1)), // 4 + 8 > 10: refused, given the first
                claim(rest, host, "VCPU", 6, requests.get(2)), // exactly what is left
                claim(unknownClass, host, "CUSTOM_NOWHERE", 1, requests.get(3)),
                new BatchedWrite(new DeleteAllocations(nobody), request(requests.get(4))))));

        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.get(0)).isNull();
        assertThat(outcomes.get(1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("would exceed the capacity");
        assertThat(outcomes.get(2)).isNull();
        assertThat(outcomes.get(3)).isInstanceOf(InvalidRequestException.class);
        assertThat(outcomes.get(4)).isInstanceOf(NotFoundException.class);
        assertThat(((LedgerException) outcomes.get(4)).code()).isNotBlank();

        // what was accepted is stored, once per write: the provider moved one generation per accepted claim
        assertThat((Integer) api.get("/resource_providers/" + host + "/usages").json("$.usages.VCPU"))
                .isEqualTo(10);
        assertThat((Integer) api.get("/resource_providers/" + host).json("$.generation"))
                .isEqualTo(3);
        assertThat((Map<String, Object>) api.get("/allocations/" + tooBig).json("$.allocations"))
                .isEmpty();
        assertThat((Integer) api.microversion("1.28")
                        .get("/allocations/" + rest)
                        .json("$.allocations['" + host + "'].resources.VCPU"))
                .isEqualTo(6);
        // each accepted write's events carry its own request; a refused one left nothing
        Reply firstRequest = api.get("/ledger/history/requests/" + requests.get(0));
        assertThat((List<String>) firstRequest.json("$.changes[*].uuid"))
                .containsExactlyInAnyOrder(host, first.toString());
        assertThat(api.get("/ledger/history/requests/" + requests.get(1)).status())
                .isEqualTo(404);
        assertThat((Boolean) api.get("/ledger/ops/consistency").json("$.consistent"))
                .isTrue();
    }

    @Test
    void aBatchReleasesAndClaimsInOrderSoThatARefusalDependsOnlyOnTheWritesBeforeIt() {
        String host = provider(4);
        UUID holder = UUID.randomUUID();
        assertThat(commands.<List<RuntimeException>>send(
                        new ClaimBatch(List.of(claim(holder, host, "VCPU", 4, "req-" + UUID.randomUUID())))))
                .containsOnlyNulls();
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();

        List<RuntimeException> outcomes = commands.send(new ClaimBatch(List.of(
                claim(early, host, "VCPU", 4, "req-" + UUID.randomUUID()), // the host is full yet
                new BatchedWrite(new DeleteAllocations(holder), request("req-" + UUID.randomUUID())),
                claim(late, host, "VCPU", 4, "req-" + UUID.randomUUID())))); // after the release: fits

        assertThat(outcomes.get(0)).isInstanceOf(ConflictException.class);
        assertThat(outcomes.get(1)).isNull();
        assertThat(outcomes.get(2)).isNull();
        assertThat((Integer) api.get("/resource_providers/" + host + "/usages").json("$.usages.VCPU"))
                .isEqualTo(4);
        assertThat((Map<String, Object>) api.get("/allocations/" + holder).json("$.allocations"))
                .isEmpty();
        assertThat((Boolean) api.get("/ledger/ops/consistency").json("$.consistent"))
                .isTrue();
    }
}
