package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** With {@code ledger.consistency.check-interval} set, the check runs by itself and its verdict is the gauge. */
@TestPropertySource(properties = "ledger.consistency.check-interval=200ms")
@DirtiesContext // its timer stops with it, instead of checking through the other test classes
class ScheduledConsistencyCheckTest extends LedgerServerTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theScheduledCheckTurnsTheGaugeToZeroWhenTheLedgerStopsAddingUp() {
        String provider = Providers.create(api, "cn1");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(gauge()).isEqualTo(1.0));

        jdbc.update(
                "INSERT INTO provider_usages (provider_uuid, resource_class, used) VALUES (?::uuid, 'VCPU', 1)",
                provider);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(gauge()).isEqualTo(0.0));
    }

    private Double gauge() {
        return api.get("/ledger/ops/metrics/ledger.consistency.consistent").json("$.measurements[0].value");
    }
}
