package io.inventoryledger.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.inventoryledger.projections.schema.LedgerSchema;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's link trigger (db/eventstore-postgresql) and {@link ChainLink}, the Java formula the verifier uses,
 * agree on every field, NULLs and non-ASCII text included, on an event store of its own.
 */
class ChainLinkTriggerTest {
    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;
    private String schema;

    @BeforeEach
    void anEmptyEventStore() {
        schema = "chain_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(env("LEDGER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        dataSource.setUsername(env("LEDGER_TEST_DB_USER", "root"));
        dataSource.setMaximumPoolSize(2);
        dataSource.setSchema(schema); // the trigger finds the previous link in this schema's table
        LedgerSchema.migrateEventStore(dataSource, schema);
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void dropIt() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        dataSource.close();
    }

    /** Appends one event by SQL; returns the link the trigger wrote and the one ChainLink computes after it. */
    private byte[][] append(
            String stream,
            long sequence,
            String type,
            String revision,
            String payload,
            String metaData,
            byte[] previous) {
        String id = UUID.randomUUID().toString();
        String payloadType = "io.inventoryledger.core.provider.InventoriesReplaced";
        String time = "2026-12-07T03:12:00.123Z";
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        byte[] metaBytes = metaData == null ? null : metaData.getBytes(StandardCharsets.UTF_8);
        jdbc.update(
                "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " meta_data, payload, payload_revision, payload_type, time_stamp)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stream,
                sequence,
                type,
                id,
                metaBytes,
                payloadBytes,
                revision,
                payloadType,
                time);
        byte[] stored = jdbc.queryForObject(
                "SELECT chain_link FROM domain_event_entry WHERE event_identifier = ?", byte[].class, id);
        byte[] expected = ChainLink.of(
                previous, stream, sequence, id, type, payloadType, revision, time, payloadBytes, metaBytes);
        return new byte[][] {stored, expected};
    }

    @Test
    void theTriggersLinkIsTheJavaFormulasForEveryKindOfField() {
        String stream = "cn-ü-" + UUID.randomUUID();
        byte[][] first =
                append(stream, 0, "ResourceProvider", "1", "{\"name\":\"cn-ü\"}", "{\"requestId\":\"r\"}", null);
        byte[][] second = append(stream, 1, null, null, "{\"total\":8}", null, first[1]);
        byte[][] third = append(stream, 2, "ResourceProvider", "2", "{}", "{\"roles\":\"reader,ü\"}", second[1]);
        byte[][] other = append("consumer/" + UUID.randomUUID(), 0, null, "1", "{}", "{}", null);

        for (byte[][] link : new byte[][][] {first, second, third, other}) {
            assertThat(link[0]).hasSize(ChainLink.SIZE).isEqualTo(link[1]);
        }
        assertThat(new ChainVerifier(dataSource).verify().intact()).isTrue();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
