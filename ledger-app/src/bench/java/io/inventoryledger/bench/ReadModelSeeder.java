package io.inventoryledger.bench;

import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * Gives the live read model the rows that the service's own handlers would have written for the events that
 * {@link EventStoreSeeder} cloned: each read-model row that names a uuid is copied with the same deterministic uuid
 * replacement, per copy. The clones then read back through the API, and a rebuild must find its tables equal to
 * the live ones at a million events, as at any size.
 */
final class ReadModelSeeder {
    private static final String NOT_READ_MODEL = "('domain_event_entry', 'snapshot_event_entry', 'token_entry')";
    /** The tables of the read models that their own tracking processors keep. */
    private static final List<String> ASYNC_READ_MODELS = List.of("dashboard_", "history_");

    private ReadModelSeeder() {}

    static void cloneRows(Postgres postgres, String database, long copies, int threads) {
        cloneRows(postgres, database, copies, threads, Set.of());
    }

    /**
     * As {@link #cloneRows(Postgres, String, long, int)} for Placement's read model only: the dashboard's and the
     * history's tables are left to their own processors, which apply the cloned events as they find them (a row
     * cloned beside them would collide with the one they write).
     */
    static void clonePlacementRows(Postgres postgres, String database, long copies, int threads) {
        cloneRows(postgres, database, copies, threads, Set.of(), ASYNC_READ_MODELS);
    }

    /** As {@link #cloneRows(Postgres, String, long, int)}, leaving the uuids in {@code keep} as they are. */
    static void cloneRows(Postgres postgres, String database, long copies, int threads, Set<String> keep) {
        cloneRows(postgres, database, copies, threads, keep, List.of());
    }

    private static void cloneRows(
            Postgres postgres, String database, long copies, int threads, Set<String> keep, List<String> leftOut) {
        for (String table : tables(postgres, database)) {
            if (leftOut.stream().anyMatch(table::startsWith)) {
                continue;
            }
            List<String> rows = templateRows(postgres, database, table, keep);
            if (rows.isEmpty() || copies == 0) {
                continue;
            }
            long copiesPerStatement = Math.max(1, EventStoreSeeder.ROWS_PER_COPY_STATEMENT / rows.size());
            List<long[]> chunks = new ArrayList<>();
            for (long first = 1; first <= copies; first += copiesPerStatement) {
                chunks.add(new long[] {first, Math.min(copies, first + copiesPerStatement - 1)});
            }
            Parallel.forEach(
                    threads, chunks, chunk -> append(postgres, database, table, rows, chunk[0], chunk[1], keep));
        }
    }

    private static List<String> tables(Postgres postgres, String database) {
        return postgres.rows(
                database,
                "cannot list the read model's tables",
                "SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway%'"
                        + " AND table_name NOT IN " + NOT_READ_MODEL + " ORDER BY table_name",
                result -> result.getString(1));
    }

    /**
     * The table's rows in COPY text format, only those that name a uuid not kept (others cannot be cloned apart).
     */
    private static List<String> templateRows(Postgres postgres, String database, String table, Set<String> keep) {
        StringWriter text = new StringWriter();
        try (Connection connection = postgres.connect(database)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT", text);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot read the template rows of " + table, e);
        }
        return text.toString()
                .lines()
                .filter(line -> EventStoreSeeder.UUID_TEXT
                        .matcher(line)
                        .results()
                        .anyMatch(uuid -> !keep.contains(uuid.group())))
                .toList();
    }

    private static void append(
            Postgres postgres,
            String database,
            String table,
            List<String> rows,
            long first,
            long last,
            Set<String> keep) {
        StringBuilder data = new StringBuilder();
        for (long copy = first; copy <= last; copy++) {
            Map<String, String> clones = new HashMap<>();
            keep.forEach(uuid -> clones.put(uuid, uuid));
            for (String row : rows) {
                data.append(EventStoreSeeder.swap(row, copy, clones)).append('\n');
            }
        }
        try (Connection connection = postgres.connect(database)) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN", new StringReader(data.toString()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("COPY of " + table + " clones " + first + ".." + last + " failed", e);
        }
    }
}
