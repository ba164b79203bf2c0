package io.inventoryledger.app.fuzz;

import io.inventoryledger.app.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The whole ledger in one string: the event store's size and head (it is append-only) and every read table as a
 * digest of its rows (snapshots are left out: a cache of the events, written after a commit).
 * Equal fingerprints before and after a set of refused writes mean nothing was stored.
 */
final class LedgerFingerprint implements AutoCloseable {
    private static final List<String> TABLES = List.of(
            "resource_providers",
            "provider_incarnations",
            "inventories",
            "consumers",
            "allocations",
            "consumer_incarnations",
            "provider_usages",
            "custom_resource_classes",
            "custom_traits",
            "provider_traits",
            "provider_aggregates");

    private final Connection connection;
    private final String query;

    LedgerFingerprint() throws SQLException {
        connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), "");
        query = "SELECT 'domain_event_entry', count(*) || ':' || coalesce(max(global_index), 0) FROM domain_event_entry"
                + " UNION ALL "
                + String.join(
                        " UNION ALL ",
                        TABLES.stream()
                                .map(table -> "SELECT '" + table
                                        + "', count(*) || ':' || coalesce(md5(string_agg(t::text, ','"
                                        + " ORDER BY t::text)), '') FROM " + table + " t")
                                .toList());
    }

    String take() throws SQLException {
        StringBuilder fingerprint = new StringBuilder();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                fingerprint
                        .append(rows.getString(1))
                        .append('=')
                        .append(rows.getString(2))
                        .append('\n');
            }
        }
        return fingerprint.toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
