package io.inventoryledger.projections.rebuild;

import io.inventoryledger.projections.schema.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** Compares a live table with its rebuilt copy in SQL, column by column (by name, not position). */
final class TableComparer {
    private final JdbcTemplate jdbc;

    TableComparer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    TableComparison compare(String table, ReadModelTables rebuilt) {
        return compare(table, ReadModelTables.LIVE, rebuilt);
    }

    /** {@code table} in {@code reference} against the same table in {@code rebuilt} (a schema of its own). */
    TableComparison compare(String table, ReadModelTables reference, ReadModelTables rebuilt) {
        String columns = String.join(", ", columns(table, rebuilt.schema()));
        String live = "SELECT " + columns + " FROM " + reference.of(table);
        String copy = "SELECT " + columns + " FROM " + rebuilt.of(table);
        return new TableComparison(table, count("SELECT COUNT(*) FROM " + reference.of(table)),
                count("SELECT COUNT(*) FROM " + rebuilt.of(table)),
                count("SELECT COUNT(*) FROM (" + live + " EXCEPT " + copy + ") only_live"),
                count("SELECT COUNT(*) FROM (" + copy + " EXCEPT " + live + ") only_rebuilt"));
    }

    private List<String> columns(String table, String schema) {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position", String.class, schema, table);
        if (columns.isEmpty()) {
            throw new IllegalStateException("No table " + schema + "." + table + " to compare");
        }
        return columns;
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
