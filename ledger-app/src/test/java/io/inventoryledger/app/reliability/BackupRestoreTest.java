package io.inventoryledger.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.Claims;
import io.inventoryledger.app.support.LedgerNode;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import io.inventoryledger.app.support.ServiceProcess;
import io.inventoryledger.app.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore that docs/operations.md describes: pg_dump of the ledger's database, pg_restore into a
 * fresh one, a node started on it; a rebuild from the restored events equals the restored tables, and the API
 * answers exactly as before.
 */
class BackupRestoreTest extends LedgerServerTest {

    @Test
    void aDumpRestoredIntoAFreshDatabaseServesTheSameLedgerAndRebuildsEqual() throws Exception {
        String compute = UUID.randomUUID().toString();
        String child = UUID.randomUUID().toString();
        assertThat(api.post("/resource_providers", "{\"name\":\"backup-cn\",\"uuid\":\"" + compute + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/resource_providers",
                                "{\"name\":\"backup-child\",\"uuid\":\"" + child + "\",\"parent_provider_uuid\":\""
                                        + compute + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.put(
                                "/resource_providers/" + compute + "/inventories",
                                "{\"resource_provider_generation\":0,\"inventories\":{\"VCPU\":{\"total\":16}}}")
                        .status())
                .isEqualTo(200);
        assertThat(api.put(
                                "/resource_providers/" + compute + "/traits",
                                "{\"resource_provider_generation\":1,\"traits\":[\"HW_CPU_X86_AVX\"]}")
                        .status())
                .isEqualTo(200);
        PlacementClient claims = api.microversion("1.28");
        for (int i = 0; i < 5; i++) {
            String consumer = UUID.randomUUID().toString();
            assertThat(claims.put("/allocations/" + consumer, Claims.vcpu(compute, 2))
                            .status())
                    .isEqualTo(204);
            if (i % 2 == 0) {
                assertThat(claims.delete("/allocations/" + consumer).status()).isEqualTo(204);
            }
        }
        List<String> reads = List.of(
                "/resource_providers",
                "/resource_providers/" + compute + "/usages",
                "/resource_providers/" + compute + "/allocations",
                "/resource_providers/" + compute + "/traits",
                "/usages?project_id=p");
        List<String> before = reads.stream().map(path -> api.get(path).body()).toList();

        Path dump = Files.createTempFile("ledger-backup-", ".dump");
        String restored = ServiceProcess.freshDatabase(TestDatabase.name() + "_restored");
        try {
            run("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + libpq(TestDatabase.url()));
            run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restored), dump.toString());
            try (LedgerNode node = LedgerNode.start(new String[] {"test"}, "--spring.datasource.url=" + restored)) {
                PlacementClient onRestored = node.admin();
                assertThat(reads.stream().map(path -> onRestored.get(path).body()))
                        .containsExactlyElementsOf(before);
                Reply rebuilt = onRestored.post("/ledger/projections/rebuild?wait=true", "{}");
                assertThat((Boolean) rebuilt.json("$.equal")).as(rebuilt.body()).isTrue();
            }
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    /** jdbc:postgresql://host:port/db?... as libpq's postgresql://user@host:port/db. */
    private static String libpq(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        int query = rest.indexOf('?');
        return "postgresql://" + TestDatabase.user() + "@" + (query < 0 ? rest : rest.substring(0, query));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
    }
}
