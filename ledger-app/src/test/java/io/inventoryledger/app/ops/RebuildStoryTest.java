package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Operators rebuild every projection from the event history and see whether it equals the live tables. */
class RebuildStoryTest extends LedgerServerTest {
    @Autowired
    JdbcTemplate jdbc;

    private void buildHistory() {
        ProviderHistory.build(api);
    }

    @Test
    void theRebuiltReadModelEqualsTheLiveOne() {
        buildHistory();

        Reply rebuild = api.post("/ledger/projections/rebuild?wait=true", "");

        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(200);
        assertThat((Boolean) rebuild.json("$.equal")).isTrue();
        assertThat((String) rebuild.json("$.mode")).isEqualTo("bulk");
        assertThat(((Number) rebuild.json("$.events")).longValue())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class));
        assertThat(rebuild.<List<String>>json("$.tables[*].table"))
                .contains("resource_providers", "provider_incarnations", "inventories");
        assertThat(rebuild.<List<Boolean>>json("$.tables[*].equal")).containsOnly(true);
        assertThat(rebuild.<List<Integer>>json("$.tables[?(@.table=='inventories')].live_rows"))
                .containsExactly(3);
    }

    @Test
    void aLiveTableThatDriftedFromTheHistoryIsReported() {
        buildHistory();
        // the only row written behind the ledger's back: a stand-in for a projection bug
        jdbc.update("UPDATE inventories SET total = 999 WHERE resource_class = 'MEMORY_MB'");

        Reply rebuild = api.post("/ledger/projections/rebuild?wait=true", "");

        assertThat((Boolean) rebuild.json("$.equal")).isFalse();
        assertThat(rebuild.<List<Integer>>json("$.tables[?(@.table=='inventories')].only_live"))
                .containsExactly(1);
        assertThat(rebuild.<List<Integer>>json("$.tables[?(@.table=='inventories')].only_rebuilt"))
                .containsExactly(1);
        assertThat(rebuild.<List<Boolean>>json("$.tables[?(@.table=='resource_providers')].equal"))
                .containsExactly(true);
    }

    @Test
    void theRebuiltSchemaIsDroppedUnlessKept() {
        Providers.create(api, "cn1");

        Reply dropped = api.post("/ledger/projections/rebuild?wait=true", "");
        Reply kept = api.post("/ledger/projections/rebuild?keep=true&wait=true", "");

        assertThat(schemaExists(dropped.json("$.schema"))).isFalse();
        String keptSchema = kept.json("$.schema");
        try {
            assertThat(schemaExists(keptSchema)).isTrue();
            assertThat(jdbc.queryForObject("SELECT name FROM " + keptSchema + ".resource_providers", String.class))
                    .isEqualTo("cn1");
            // a kept schema can stand in for the live one: every index the live tables have, it has
            String indexes = "SELECT tablename || ':' || regexp_replace(indexdef, ' ON [a-z0-9_]+\\.', ' ON ')"
                    + " FROM pg_indexes WHERE schemaname = ? AND tablename IN (SELECT tablename FROM pg_tables"
                    + " WHERE schemaname = ?)";
            assertThat(jdbc.queryForList(indexes, String.class, keptSchema, keptSchema))
                    .containsExactlyInAnyOrderElementsOf(
                            jdbc.queryForList(indexes, String.class, "public", keptSchema));
        } finally {
            jdbc.execute("DROP SCHEMA IF EXISTS " + keptSchema + " CASCADE");
        }
    }

    @Test
    void onlyAdminsMayRebuild() {
        Reply refused = api.withHeader("X-Auth-Token", "someone:project").post("/ledger/projections/rebuild", "");

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theReportSaysHowFastTheHistoryWasReplayed() {
        buildHistory();

        Reply rebuild = api.post("/ledger/projections/rebuild?wait=true", "");

        assertThat(rebuild.json()).isNotNull();
        assertThat(((Number) rebuild.json("$.events_per_second")).doubleValue()).isPositive();
        assertThat(rebuild.<Map<String, Object>>json("$"))
                .containsKeys("replay_seconds", "total_seconds", "last_global_index", "kept");
    }

    private boolean schemaExists(String schema) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = ?)",
                Boolean.class,
                schema));
    }
}
