package io.inventoryledger.app.ops;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators rebuild every projection from the event history and see whether it equals the live tables. */
class RebuildStoryTest extends LedgerServerTest {
    @Autowired
    JdbcTemplate jdbc;

    private String createProvider(String name, String parent) {
        String uuid = UUID.randomUUID().toString();
        String body = "{\"name\":\"" + name + "\",\"uuid\":\"" + uuid + "\""
                + (parent == null ? "" : ",\"parent_provider_uuid\":\"" + parent + "\"") + "}";
        assertThat(api.post("/resource_providers", body).status()).isEqualTo(200);
        return uuid;
    }

    private void putInventories(String uuid, int generation, String inventories) {
        Reply put = api.put("/resource_providers/" + uuid + "/inventories",
                "{\"resource_provider_generation\":" + generation + ",\"inventories\":" + inventories + "}");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    /** A history with every kind of provider event, re-parenting and a uuid used twice. */
    private void buildHistory() {
        String root = createProvider("root", null);
        String other = createProvider("other", null);
        String child = createProvider("child", root);
        createProvider("grandchild", child);
        putInventories(root, 0, "{\"VCPU\":{\"total\":8},\"DISK_GB\":{\"total\":100,\"reserved\":10}}");
        putInventories(child, 0, "{\"MEMORY_MB\":{\"total\":1024,\"allocation_ratio\":1.5}}");
        assertThat(api.post("/resource_providers/" + other + "/inventories",
                "{\"resource_class\":\"VCPU\",\"total\":4}").status()).isEqualTo(201);
        assertThat(api.delete("/resource_providers/" + root + "/inventories/DISK_GB").status()).isEqualTo(204);
        assertThat(api.put("/resource_providers/" + child, "{\"name\":\"moved\",\"parent_provider_uuid\":\""
                + other + "\"}").status()).isEqualTo(200);
        String gone = createProvider("gone", null);
        putInventories(gone, 0, "{\"VCPU\":{\"total\":2}}");
        assertThat(api.delete("/resource_providers/" + gone).status()).isEqualTo(204);
        assertThat(api.post("/resource_providers", "{\"name\":\"back\",\"uuid\":\"" + gone + "\"}").status())
                .isEqualTo(200);
    }

    @Test
    void theRebuiltReadModelEqualsTheLiveOne() {
        buildHistory();

        Reply rebuild = api.post("/ledger/projections/rebuild", "");

        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(200);
        assertThat((Boolean) rebuild.json("$.equal")).isTrue();
        assertThat(((Number) rebuild.json("$.events")).longValue())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class));
        assertThat(rebuild.<List<String>>json("$.tables[*].table"))
                .contains("resource_providers", "provider_incarnations", "inventories");
        assertThat(rebuild.<List<Boolean>>json("$.tables[*].equal")).containsOnly(true);
        assertThat(rebuild.<List<Integer>>json("$.tables[?(@.table=='inventories')].live_rows")).containsExactly(3);
    }

    @Test
    void aLiveTableThatDriftedFromTheHistoryIsReported() {
        buildHistory();
        // the only row written behind the ledger's back: a stand-in for a projection bug
        jdbc.update("UPDATE inventories SET total = 999 WHERE resource_class = 'MEMORY_MB'");

        Reply rebuild = api.post("/ledger/projections/rebuild", "");

        assertThat((Boolean) rebuild.json("$.equal")).isFalse();
        assertThat(rebuild.<List<Integer>>json("$.tables[?(@.table=='inventories')].only_live")).containsExactly(1);
        assertThat(rebuild.<List<Integer>>json("$.tables[?(@.table=='inventories')].only_rebuilt"))
                .containsExactly(1);
        assertThat(rebuild.<List<Boolean>>json("$.tables[?(@.table=='resource_providers')].equal"))
                .containsExactly(true);
    }

    @Test
    void theRebuiltSchemaIsDroppedUnlessKept() {
        createProvider("cn1", null);

        Reply dropped = api.post("/ledger/projections/rebuild", "");
        Reply kept = api.post("/ledger/projections/rebuild?keep=true", "");

        assertThat(schemaExists(dropped.json("$.schema"))).isFalse();
        String keptSchema = kept.json("$.schema");
        try {
            assertThat(schemaExists(keptSchema)).isTrue();
            assertThat(jdbc.queryForObject("SELECT name FROM " + keptSchema + ".resource_providers", String.class))
                    .isEqualTo("cn1");
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

        Reply rebuild = api.post("/ledger/projections/rebuild", "");

        assertThat(rebuild.json()).isNotNull();
        assertThat(((Number) rebuild.json("$.events_per_second")).doubleValue()).isPositive();
        assertThat(rebuild.<Map<String, Object>>json("$")).containsKeys("replay_seconds", "total_seconds",
                "last_global_index", "kept");
    }

    private boolean schemaExists(String schema) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = ?)", Boolean.class,
                schema));
    }
}
