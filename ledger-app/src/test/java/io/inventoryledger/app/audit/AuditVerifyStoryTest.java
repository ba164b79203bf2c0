package io.inventoryledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.Claims;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tamper evidence: every appended event is linked to its stream's previous one; verify names what SQL changed. */
class AuditVerifyStoryTest extends LedgerServerTest {
    @Autowired
    DataSource dataSource;

    private JdbcTemplate sql;
    private String provider;
    private String consumer;

    @BeforeEach
    void aStory() {
        sql = new JdbcTemplate(dataSource);
        provider = Providers.withInventory(api, "{\"VCPU\":{\"total\":8}}");
        consumer = UUID.randomUUID().toString();
        assertThat(api.microversion("1.28")
                        .put("/allocations/" + consumer, Claims.vcpu(provider, 2))
                        .status())
                .isEqualTo(204);
        // a reshape appends several events to one stream in one transaction
        Reply reshaped = api.microversion("1.30")
                .post(
                        "/reshaper",
                        "{\"inventories\":{\"" + provider + "\":{\"resource_provider_generation\":2,"
                                + "\"inventories\":{\"VCPU\":{\"total\":16}}}},\"allocations\":{\"" + consumer
                                + "\":{\"allocations\":{\"" + provider + "\":{\"resources\":{\"VCPU\":3}}},"
                                + "\"project_id\":\"p\",\"user_id\":\"u\",\"consumer_generation\":1}}}");
        assertThat(reshaped.status()).as(reshaped.toString()).isEqualTo(204);
    }

    private Reply verify() {
        Reply verdict = api.get("/ledger/audit/verify");
        assertThat(verdict.status()).as(verdict.toString()).isEqualTo(200);
        return verdict;
    }

    private Map<String, Object> event(String stream, long sequence) {
        return sql.queryForMap(
                "SELECT global_index, event_identifier FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number = ?",
                stream,
                sequence);
    }

    @Test
    void anUntouchedLedgerVerifiesIntactWithEveryEventLinked() {
        Reply verdict = verify();

        assertThat((Boolean) verdict.json("$.intact")).isTrue();
        assertThat((Integer) verdict.json("$.events"))
                .isEqualTo(sql.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Integer.class));
        assertThat((Integer) verdict.json("$.unchained")).isZero();
        assertThat((List<?>) verdict.json("$.broken")).isEmpty();
        assertThat(sql.queryForObject(
                        "SELECT COUNT(*) FROM domain_event_entry WHERE octet_length(chain_link) = 32", Integer.class))
                .isEqualTo((Integer) verdict.json("$.events"));
    }

    @Test
    void aPayloadEditedBySqlIsReportedNamingThatEvent() {
        Map<String, Object> claim = event(provider, 2);
        sql.update(
                "UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                        + " '\"VCPU\":2', '\"VCPU\":1'), 'UTF8') WHERE global_index = ?",
                claim.get("global_index"));

        Reply verdict = verify();

        assertThat((Boolean) verdict.json("$.intact")).isFalse();
        assertThat((List<?>) verdict.json("$.broken")).hasSize(1);
        assertThat((String) verdict.json("$.broken[0].stream")).isEqualTo(provider);
        assertThat((Integer) verdict.json("$.broken[0].sequence")).isEqualTo(2);
        assertThat(((Number) verdict.json("$.broken[0].global_index")).longValue())
                .isEqualTo(((Number) claim.get("global_index")).longValue());
        assertThat((String) verdict.json("$.broken[0].event_id")).isEqualTo(claim.get("event_identifier"));
        assertThat((String) verdict.json("$.broken[0].problem")).isEqualTo("link_mismatch");
    }

    @Test
    void metadataEditedOrAnEventDeletedBySqlIsReportedToo() {
        String consumerStream = "consumer/" + consumer;
        sql.update(
                "UPDATE domain_event_entry SET meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'),"
                        + " '\"principal\":\"admin\"', '\"principal\":\"someone\"'), 'UTF8')"
                        + " WHERE aggregate_identifier = ? AND sequence_number = 0",
                consumerStream);
        Map<String, Object> afterDeleted = event(provider, 2);
        sql.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1", provider);

        Reply verdict = verify();

        assertThat((List<Map<String, Object>>) verdict.json("$.broken"))
                .extracting(b -> b.get("stream"), b -> b.get("sequence"), b -> b.get("problem"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(consumerStream, 0, "link_mismatch"),
                        org.assertj.core.groups.Tuple.tuple(provider, 2, "events_missing"));
        assertThat(verdict.body()).contains((String) afterDeleted.get("event_identifier"));
    }
}
