package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Operators (and the benchmark) see whether this node's processors have read everything in the event store. */
class EventProcessorStatusStoryTest extends LedgerServerTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCandidateIndexFollowerReportsReachingTheStoresHead() {
        String uuid = Providers.create(api, "cn-status");
        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Reply status = api.get("/ledger/ops/processors");
            assertThat(status.status()).as(status.toString()).isEqualTo(200);
            assertThat((Boolean) status.json("$.caught_up")).isTrue();
            assertThat(((Number) status.json("$.store_head")).longValue()).isGreaterThanOrEqualTo(head);
            assertThat(status.<List<Number>>json("$.processors[?(@.name=='candidate-index')].segments[0].position"))
                    .singleElement()
                    .satisfies(position -> assertThat(position.longValue()).isGreaterThanOrEqualTo(head));
        });
        Reply status = api.get("/ledger/ops/processors");
        assertThat(status.<List<String>>json("$.processors[?(@.name=='placement-read-model')].kind"))
                .containsExactly("subscribing");
    }

    @Test
    void callersWithoutAReaderRoleAreRefused() {
        Reply refused = api.withHeader("X-Auth-Token", "someone:project").get("/ledger/ops/processors");

        assertThat(refused.status()).isEqualTo(403);
    }
}
