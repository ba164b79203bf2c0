package io.inventoryledger.bench;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.postgresql.PGConnection;

/**
 * Grows the event store to millions of events quickly by cloning events that the service itself wrote (a template
 * made through the API): copy k of a template event gets every uuid u replaced by {@link #cloneOf(String, long)},
 * a fresh event identifier, and is appended with COPY. The clones are as realistic as the template; the global
 * index keeps each stream's order because a copy's events go in template order.
 */
final class EventStoreSeeder {
    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final int ROWS_PER_COPY_STATEMENT = 10_000;
    private static final HexFormat HEX = HexFormat.of();

    private record Row(
            String aggregate,
            long sequence,
            String type,
            String metaData,
            String payload,
            String revision,
            String payloadType,
            String timestamp) {}

    private EventStoreSeeder() {}

    /** The uuid that stands for template uuid {@code uuid} in copy {@code copy} (deterministic, so checkable). */
    static UUID cloneOf(String uuid, long copy) {
        return UUID.nameUUIDFromBytes((uuid + "/" + copy).getBytes(StandardCharsets.UTF_8));
    }

    /** Appends copies of the current events until the store holds at least {@code target}; returns the copies made. */
    static long cloneUntil(Postgres postgres, String database, long target, int threads) {
        List<Row> template = template(postgres, database);
        long copies = Math.max(0, (target - template.size() + template.size() - 1) / template.size());
        appendCopies(postgres, database, template, copies, threads, Set.of());
        return copies;
    }

    /**
     * Appends {@code copies} copies of the current events, leaving the uuids in {@code keep} as they are (e.g. the
     * aggregates that clones must share with their template, as the computes of one region share them).
     */
    static void cloneCopies(Postgres postgres, String database, long copies, int threads, Set<String> keep) {
        appendCopies(postgres, database, template(postgres, database), copies, threads, keep);
    }

    private static void appendCopies(
            Postgres postgres, String database, List<Row> template, long copies, int threads, Set<String> keep) {
        long copiesPerStatement = Math.max(1, ROWS_PER_COPY_STATEMENT / template.size());
        List<long[]> chunks = new ArrayList<>();
        for (long first = 1; first <= copies; first += copiesPerStatement) {
            chunks.add(new long[] {first, Math.min(copies, first + copiesPerStatement - 1)});
        }
        Parallel.forEach(threads, chunks, chunk -> append(postgres, database, template, chunk[0], chunk[1], keep));
        try (Connection connection = postgres.connect(database);
                Statement sql = connection.createStatement()) {
            sql.execute("ANALYZE domain_event_entry");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(Postgres postgres, String database) {
        try (Connection connection = postgres.connect(database);
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Row> template(Postgres postgres, String database) {
        List<Row> rows = postgres.rows(
                database,
                "cannot read the template events",
                "SELECT aggregate_identifier, sequence_number, type, meta_data,"
                        + " payload, payload_revision, payload_type, time_stamp FROM domain_event_entry"
                        + " ORDER BY global_index",
                result -> new Row(
                        result.getString(1),
                        result.getLong(2),
                        result.getString(3),
                        text(result.getBytes(4)),
                        text(result.getBytes(5)),
                        result.getString(6),
                        result.getString(7),
                        result.getString(8)));
        if (rows.isEmpty()) {
            throw new IllegalStateException("no template events to clone");
        }
        return rows;
    }

    private static void append(
            Postgres postgres, String database, List<Row> template, long first, long last, Set<String> keep) {
        StringBuilder data = new StringBuilder();
        LongStream.rangeClosed(first, last).forEach(copy -> {
            Map<String, String> clones = new HashMap<>();
            keep.forEach(uuid -> clones.put(uuid, uuid));
            for (Row row : template) {
                data.append(escape(swap(row.aggregate(), copy, clones)))
                        .append('\t')
                        .append(row.sequence())
                        .append('\t')
                        .append(escape(row.type()))
                        .append('\t')
                        .append(UUID.randomUUID())
                        .append('\t')
                        .append(bytea(swap(row.metaData(), copy, clones)))
                        .append('\t')
                        .append(bytea(swap(row.payload(), copy, clones)))
                        .append('\t')
                        .append(escape(row.revision()))
                        .append('\t')
                        .append(escape(row.payloadType()))
                        .append('\t')
                        .append(escape(row.timestamp()))
                        .append('\n');
            }
        });
        try (Connection connection = postgres.connect(database)) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY domain_event_entry (aggregate_identifier,"
                                    + " sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type,"
                                    + " time_stamp) FROM STDIN",
                            new StringReader(data.toString()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("COPY of clones " + first + ".." + last + " failed", e);
        }
    }

    static String swap(String text, long copy, Map<String, String> clones) {
        if (text == null) {
            return null;
        }
        return UUID_TEXT
                .matcher(text)
                .replaceAll(m -> clones.computeIfAbsent(
                        m.group(), uuid -> cloneOf(uuid, copy).toString()));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A bytea in COPY's text format: hex, with COPY's own backslash escaped. */
    private static String bytea(String text) {
        return text == null ? "\\N" : "\\\\x" + HEX.formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        if (text == null) {
            return "\\N";
        }
        return text.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
