package io.inventoryledger.app.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import io.inventoryledger.projections.feed.FeedPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The change feed through HTTP: what an auditor reads, how it pages and filters, and what it refuses. */
class ChangeFeedStoryTest extends LedgerServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROJECT = "6f0ea47e-5b1a-4bd8-9b7f-3b0b9e0c0a01";

    private String provider() {
        return Providers.withInventory(api, "{\"VCPU\":{\"total\":8}}");
    }

    private String claim(String provider) {
        String consumer = UUID.randomUUID().toString();
        Reply claimed = api.microversion("1.28")
                .withHeader("X-Openstack-Request-Id", null)
                .put(
                        "/allocations/" + consumer,
                        "{\"allocations\":{\"" + provider + "\":{\"resources\":{\"VCPU\":1}}},\"project_id\":\""
                                + PROJECT + "\",\"user_id\":\"u1\",\"consumer_generation\":null}");
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
        return consumer;
    }

    private JsonNode page(String query) throws Exception {
        Reply reply = api.get("/ledger/changes" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    @Test
    void everyChangeIsListedInOrderWithItsStreamRequestAndPrincipal() throws Exception {
        String rp = provider();
        Reply claimed = api.microversion("1.28")
                .put(
                        "/allocations/" + UUID.randomUUID(),
                        "{\"allocations\":{\"" + rp + "\":{\"resources\":{\"VCPU\":2}}},\"project_id\":\"" + PROJECT
                                + "\",\"user_id\":\"u1\",\"consumer_generation\":null}");

        JsonNode changes = page("").get("changes");

        assertThat(changes).hasSize(4);
        assertThat(changes.findValuesAsText("kind").subList(0, 2))
                .containsExactly("ResourceProviderCreated", "InventoriesReplaced");
        // one claim: one event per touched stream, in one transaction
        assertThat(changes.findValuesAsText("kind").subList(2, 4))
                .containsExactlyInAnyOrder("ProviderAllocationsWritten", "ConsumerAllocationsReplaced");
        JsonNode written = byKind(changes, "ProviderAllocationsWritten");
        assertThat(written.get("stream").asText()).isEqualTo(rp);
        assertThat(written.get("sequence").asLong()).isEqualTo(2);
        assertThat(written.get("request_id").asText()).isEqualTo(claimed.header("openstack-request-id"));
        assertThat(written.get("principal").get("user").asText()).isEqualTo("admin");
        assertThat(written.get("principal").get("roles").findValuesAsText("")).isEmpty();
        assertThat(written.get("principal").get("roles").get(0).asText()).isEqualTo("admin");
        assertThat(written.get("node").asText()).isNotBlank();
        assertThat(written.get("payload").get("providerUuid").asText()).isEqualTo(rp);
        assertThat(byKind(changes, "ConsumerAllocationsReplaced")
                        .get("payload")
                        .get("projectId")
                        .asText())
                .isEqualTo(PROJECT);
        assertThat(changes.findValues("global_index").stream()
                        .map(JsonNode::asLong)
                        .toList())
                .isSorted()
                .doesNotHaveDuplicates();
    }

    private static JsonNode byKind(JsonNode changes, String kind) {
        for (JsonNode change : changes) {
            if (change.get("kind").asText().equals(kind)) {
                return change;
            }
        }
        throw new AssertionError("no " + kind + " in " + changes);
    }

    @Test
    void aReaderPagesThroughTheFeedFromTheLastPositionAndSeesEachChangeOnce() throws Exception {
        String rp = provider();
        for (int i = 0; i < 5; i++) {
            claim(rp);
        }
        List<Long> seen = new ArrayList<>();
        String position = "0";
        boolean more = true;
        while (more) {
            JsonNode page = page("?limit=3&after=" + position);
            page.get("changes")
                    .forEach(change -> seen.add(change.get("global_index").asLong()));
            position = page.get("position").asText();
            more = page.get("more").asBoolean();
        }
        claim(rp);
        page("?after=" + position)
                .get("changes")
                .forEach(change -> seen.add(change.get("global_index").asLong()));

        assertThat(seen).hasSize(2 + 6 * 2).doesNotHaveDuplicates().isSorted();
        assertThat(page("?after=" + position + "&limit=1").get("changes")).hasSize(1);
    }

    @Test
    void filtersByKindProviderConsumerAndProject() throws Exception {
        String rp1 = provider();
        String rp2 = provider();
        String consumer = claim(rp1);
        claim(rp2);
        api.delete("/allocations/" + consumer);

        assertThat(page("?kind=InventoriesReplaced").get("changes")).hasSize(2);
        assertThat(page("?kind=ResourceProviderCreated,ConsumerAllocationsDeleted")
                        .get("changes"))
                .hasSize(3);
        // the provider's own stream, and the consumer events that allocate on it or release from it
        assertThat(page("?provider=" + rp1).get("changes").findValuesAsText("kind"))
                .containsExactlyInAnyOrder(
                        "ResourceProviderCreated",
                        "InventoriesReplaced",
                        "ProviderAllocationsWritten",
                        "ConsumerAllocationsReplaced",
                        "ConsumerAllocationsDeleted");
        assertThat(page("?consumer=" + consumer).get("changes").findValuesAsText("kind"))
                .containsExactlyInAnyOrder(
                        "ProviderAllocationsWritten", "ConsumerAllocationsReplaced", "ConsumerAllocationsDeleted");
        assertThat(page("?project=" + PROJECT + "&kind=ConsumerAllocationsReplaced")
                        .get("changes"))
                .hasSize(2);
        assertThat(page("?project=" + UUID.randomUUID()).get("changes")).isEmpty();
    }

    @Test
    void anExportStreamsEveryChangeAsOneJsonObjectPerLine() throws Exception {
        String rp = provider();
        claim(rp);
        JsonNode first = page("?limit=1");

        Reply export = api.get(
                "/ledger/changes?format=ndjson&after=" + first.get("position").asText());

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.body().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines)
                .extracting(line -> line.get("kind").asText())
                .containsExactlyInAnyOrder(
                        "InventoriesReplaced", "ProviderAllocationsWritten", "ConsumerAllocationsReplaced");
        // the last line's position is the head's (gaps aside, whose times are those of each read)
        assertThat(FeedPosition.parse(lines.get(2).get("position").asText()).last())
                .isEqualTo(FeedPosition.parse(page("").get("position").asText()).last());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "after=abc|ledger.changes.bad_position",
                "after=-1|ledger.changes.bad_position",
                "after=12-!!|ledger.changes.bad_position",
                "after=5-NysxQDA|ledger.changes.bad_position", // a gap above the position
                "after=99999999999999999999|ledger.changes.bad_position",
                "limit=0|ledger.changes.bad_limit",
                "limit=1001|ledger.changes.bad_limit",
                "limit=ten|ledger.changes.bad_limit",
                "kind=Nonsense|ledger.changes.bad_filter",
                "provider=not-a-uuid|ledger.changes.bad_filter",
                "consumer=1|ledger.changes.bad_filter",
                "project=|ledger.changes.bad_filter",
                "colour=red|ledger.changes.bad_filter",
                "limit=1&limit=2|ledger.changes.bad_filter",
                "format=xml|ledger.changes.bad_format"
            })
    void badInputIsRefusedWithAStableCode(String query, String code) {
        Reply refused = api.get("/ledger/changes?" + query);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo(code);
    }
}
