package io.inventoryledger.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Grafana reads capacity, usage and free space per class (and per aggregate) from the Prometheus scrape. */
class DashboardGaugesStoryTest extends LedgerServerTest {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)\\} (\\S+)$");
    private static final Path GRAFANA = Path.of("../docs/grafana-dashboard.json");
    private static final String AGGREGATE = "5e1f0a6e-0b7c-4c1e-9d64-3a9c8b2f7d10";

    @Autowired
    DashboardGauges gauges;

    @Test
    void theScrapeCarriesCapacityUsedAndFreePerClassAndPerAggregate() throws IOException {
        String a = Providers.withInventory(
                api,
                "gauge-a",
                "{\"VCPU\":{\"total\":16,\"reserved\":2,\"allocation_ratio\":4.0},"
                        + "\"MEMORY_MB\":{\"total\":4096}}");
        String b = Providers.withInventory(api, "gauge-b", "{\"VCPU\":{\"total\":8}}");
        assertThat(api.put(
                                "/resource_providers/" + b + "/aggregates",
                                "{\"resource_provider_generation\":1,\"aggregates\":[\"" + AGGREGATE + "\"]}")
                        .status())
                .isEqualTo(200);
        claim(a, 10, 1024);
        claim(b, 3, 0);

        // the gauges read the dashboard read model, whose processor applies the claims shortly after they commit
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            gauges.refresh();
            assertThat(scrape()).containsEntry("ledger_resources_used{resource_class=VCPU}", 13.0);
        });
        Map<String, Double> scrape = scrape();

        assertThat(scrape)
                .containsEntry("ledger_resources_capacity{resource_class=VCPU}", 64.0)
                .containsEntry("ledger_resources_used{resource_class=VCPU}", 13.0)
                .containsEntry("ledger_resources_free{resource_class=VCPU}", 51.0)
                .containsEntry("ledger_resources_inventory{resource_class=VCPU}", 24.0)
                .containsEntry("ledger_resources_reserved{resource_class=VCPU}", 2.0)
                .containsEntry("ledger_resources_providers{resource_class=VCPU}", 2.0)
                .containsEntry("ledger_resources_capacity{resource_class=MEMORY_MB}", 4096.0)
                .containsEntry("ledger_resources_free{resource_class=MEMORY_MB}", 3072.0)
                .containsEntry(
                        "ledger_aggregate_resources_capacity{aggregate=" + AGGREGATE + ",resource_class=VCPU}", 8.0)
                .containsEntry("ledger_aggregate_resources_used{aggregate=" + AGGREGATE + ",resource_class=VCPU}", 3.0);
        // the Grafana dashboard in docs/ asks for nothing the scrape lacks
        Set<String> names = new TreeSet<>();
        scrape.keySet().forEach(sample -> names.add(sample.substring(0, sample.indexOf('{'))));
        Matcher asked = Pattern.compile("ledger_[a-z_]+").matcher(Files.readString(GRAFANA));
        while (asked.find()) {
            assertThat(names).contains(asked.group());
        }
    }

    private void claim(String provider, int vcpu, int memory) {
        String resources = "\"VCPU\":" + vcpu + (memory > 0 ? ",\"MEMORY_MB\":" + memory : "");
        Reply put = api.put(
                "/allocations/" + UUID.randomUUID(),
                "{\"allocations\":{\"" + provider
                        + "\":{\"resources\":{" + resources + "}}},\"project_id\":\"p\",\"user_id\":\"u\","
                        + "\"consumer_generation\":null,\"consumer_type\":\"INSTANCE\"}");
        assertThat(put.status()).as(put.toString()).isEqualTo(204);
    }

    /** The scrape's samples with labels, as name{label=value,...} → value. */
    private Map<String, Double> scrape() {
        Reply reply = api.withHeader("Accept", "text/plain").get("/ledger/ops/prometheus");
        assertThat(reply.status()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        for (String line : reply.body().split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches()) {
                String labels = m.group(2).replaceAll("\"", "").replaceAll(",$", "");
                samples.put(m.group(1) + "{" + labels + "}", Double.parseDouble(m.group(3)));
            }
        }
        return samples;
    }
}
