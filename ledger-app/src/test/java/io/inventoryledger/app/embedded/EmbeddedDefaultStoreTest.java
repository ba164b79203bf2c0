package io.inventoryledger.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerNode;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With nothing configured the service runs on its embedded H2 store (PostgreSQL mode). The test keeps the
 * shipped datasource URL and only moves its file into a temporary directory: the SQL must stay portable.
 */
class EmbeddedDefaultStoreTest {
    private static final String DEFAULT_DIRECTORY = "./ledger-data/";

    @Test
    void theEmbeddedStoreTakesACreateAndAnInventoryWrite(@TempDir Path directory) throws IOException {
        String shipped = shippedDatasourceUrl();
        assertThat(shipped).startsWith("jdbc:h2:file:" + DEFAULT_DIRECTORY).contains("MODE=PostgreSQL");
        String url = shipped.replace(DEFAULT_DIRECTORY, directory.toAbsolutePath() + "/");

        try (LedgerNode node = LedgerNode.start(new String[0], "--spring.datasource.url=" + url)) {
            PlacementClient api = node.admin();
            String uuid = UUID.randomUUID().toString();

            Reply created = api.post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + uuid + "\"}");
            Reply put = api.put(
                    "/resource_providers/" + uuid + "/inventories",
                    "{\"resource_provider_generation\":0,\"inventories\":{\"VCPU\":{\"total\":8,\"reserved\":1}}}");
            Reply stale = api.put(
                    "/resource_providers/" + uuid + "/inventories",
                    "{\"resource_provider_generation\":0,\"inventories\":{}}");

            assertThat(created.status()).as(created.toString()).isEqualTo(200);
            assertThat(put.status()).as(put.toString()).isEqualTo(200);
            assertThat((Integer) put.json("$.resource_provider_generation")).isEqualTo(1);
            assertThat(stale.status()).isEqualTo(409);
            assertThat((Integer) api.get("/resource_providers/" + uuid + "/inventories")
                            .json("$.inventories.VCPU.reserved"))
                    .isEqualTo(1);
            assertThat((Boolean) api.post("/ledger/projections/rebuild?wait=true", "")
                            .json("$.equal"))
                    .isTrue();
        }
    }

    @Test
    void theEmbeddedStoreTakesClaimsAndReleases(@TempDir Path directory) throws IOException {
        String url = shippedDatasourceUrl().replace(DEFAULT_DIRECTORY, directory.toAbsolutePath() + "/");

        try (LedgerNode node = LedgerNode.start(new String[0], "--spring.datasource.url=" + url)) {
            PlacementClient api = node.admin().microversion("1.28");
            String provider =
                    Providers.withInventory(api, "cn1", "{\"VCPU\":{\"total\":8},\"MEMORY_MB\":{\"total\":1024}}");
            String first = UUID.randomUUID().toString();
            String second = UUID.randomUUID().toString();

            Reply claimed = api.put("/allocations/" + first, claim(provider, 2, 256));
            Reply alsoClaimed = api.put("/allocations/" + second, claim(provider, 1, 128));
            Reply released = api.delete("/allocations/" + first);
            Reply tooMuch = api.put("/allocations/" + first, claim(provider, 8, 128));

            assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
            assertThat(alsoClaimed.status()).as(alsoClaimed.toString()).isEqualTo(204);
            assertThat(released.status()).as(released.toString()).isEqualTo(204);
            assertThat(tooMuch.status()).as("8 more VCPU over 7 free").isEqualTo(409);
            Reply usages = api.get("/resource_providers/" + provider + "/usages");
            assertThat((Integer) usages.json("$.usages.VCPU")).isEqualTo(1);
            assertThat((Integer) usages.json("$.usages.MEMORY_MB")).isEqualTo(128);
            assertThat((Boolean) api.post("/ledger/projections/rebuild?wait=true", "")
                            .json("$.equal"))
                    .isTrue();
            // the embedded store links its events too (a Java trigger), and the links verify
            Reply verified = api.get("/ledger/audit/verify");
            assertThat((Boolean) verified.json("$.intact"))
                    .as(verified.toString())
                    .isTrue();
            assertThat((Integer) verified.json("$.unchained")).isZero();
        }
    }

    private static String claim(String provider, int vcpu, int memory) {
        return "{\"allocations\":{\"" + provider + "\":{\"resources\":{\"VCPU\":" + vcpu + ",\"MEMORY_MB\":" + memory
                + "}}},\"consumer_generation\":null,\"project_id\":\"p\",\"user_id\":\"u\"}";
    }

    private static String shippedDatasourceUrl() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = EmbeddedDefaultStoreTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        return shipped.getProperty("spring.datasource.url");
    }
}
