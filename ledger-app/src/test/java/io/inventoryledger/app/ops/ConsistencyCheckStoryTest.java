package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.Claims;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consistency check proves itself: each thing it checks is broken behind the service's back, by SQL on the read
 * tables, and the check reports exactly that problem, no other.
 */
class ConsistencyCheckStoryTest extends LedgerServerTest {
    @Autowired
    JdbcTemplate jdbc;

    private String provider;
    private String consumer;

    @BeforeEach
    void aProviderWithOneClaim() {
        provider = Providers.create(api, "cn1");
        assertThat(inventory(0, 8).status()).isEqualTo(200);
        consumer = UUID.randomUUID().toString();
        assertThat(api.microversion("1.28")
                        .put("/allocations/" + consumer, Claims.vcpu(provider, 4))
                        .status())
                .isEqualTo(204);
        assertThat(kinds(check())).isEmpty();
    }

    @Test
    void aUsageRowChangedBySqlIsReportedAsThatProvidersUsage() {
        jdbc.update("UPDATE provider_usages SET used = 5 WHERE provider_uuid = ?::uuid", provider);

        Reply report = check();

        assertThat((Boolean) report.json("$.consistent")).isFalse();
        assertThat(kinds(report)).containsExactly(problem("provider_usage_differs", provider));
    }

    @Test
    void anAllocationRowChangedBySqlIsReportedForItsConsumerAndItsProvider() {
        jdbc.update("UPDATE allocations SET used = 3 WHERE consumer_uuid = ?::uuid", consumer);

        assertThat(kinds(check()))
                .containsExactly(
                        problem("consumer_allocations_differ", consumer), problem("provider_usage_differs", provider));
    }

    @Test
    void allocationRowsOfAConsumerWithoutAStreamAreReportedAsOrphans() {
        String orphan = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO allocations (consumer_uuid, provider_uuid, resource_class, used)"
                        + " SELECT ?::uuid, provider_uuid, resource_class, used FROM allocations WHERE consumer_uuid = ?::uuid",
                orphan,
                consumer);
        jdbc.update("UPDATE provider_usages SET used = used * 2 WHERE provider_uuid = ?::uuid", provider);

        assertThat(kinds(check()))
                .containsExactly(problem("orphan_allocations", orphan), problem("provider_usage_differs", provider));
    }

    @Test
    void anInventoryShrunkBelowItsAllocationsIsOverCapacityButConsistent() {
        assertThat(inventory(2, 2).status()).isEqualTo(200); // created 0, inventory 1, claim 2

        Reply report = check();

        assertThat((Boolean) report.json("$.consistent")).as(report.body()).isTrue();
        List<Map<String, Object>> over = report.json("$.over_capacity");
        assertThat(over).hasSize(1);
        assertThat(over.get(0))
                .containsEntry("kind", "over_capacity")
                .containsEntry("subject", provider)
                .containsEntry("detail", "VCPU: 4 used of 2");
    }

    @Test
    void theVerdictIsAMetric() {
        jdbc.update("UPDATE provider_usages SET used = 5 WHERE provider_uuid = ?::uuid", provider);
        check();

        Reply metric = api.get("/ledger/ops/metrics/ledger.consistency.consistent");
        assertThat((Double) metric.json("$.measurements[0].value")).isEqualTo(0.0);
        assertThat((Double) api.get("/ledger/ops/metrics/ledger.consistency.problems")
                        .json("$.measurements[0].value"))
                .isEqualTo(1.0);
    }

    private Reply inventory(int generation, int vcpu) {
        return api.put(
                "/resource_providers/" + provider + "/inventories",
                "{\"resource_provider_generation\":" + generation + ",\"inventories\":{\"VCPU\":{\"total\":" + vcpu
                        + "}}}");
    }

    private Reply check() {
        Reply report = api.get("/ledger/ops/consistency");
        assertThat(report.status()).isEqualTo(200);
        return report;
    }

    private static Map<String, String> problem(String kind, String subject) {
        return Map.of("kind", kind, "subject", subject);
    }

    /** Each problem's kind and subject, in the report's order. */
    private static List<Map<String, String>> kinds(Reply report) {
        List<Map<String, String>> problems = report.json("$.problems");
        return problems.stream()
                .map(p -> problem(p.get("kind"), p.get("subject")))
                .toList();
    }
}
