package io.inventoryledger.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.projections.support.ReadModelDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The parallel comparison sees the tables as the exporting transaction does: a row committed after the snapshot
 * was taken is not counted, however many connections compare.
 */
class SnapshotComparisonsTest {
    private static final String AT = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'";
    private ReadModelDatabase live;
    private ReadModelDatabase rebuilt;

    @BeforeEach
    void freshReadModels() {
        live = ReadModelDatabase.fresh();
        rebuilt = ReadModelDatabase.fresh();
        for (ReadModelDatabase side : List.of(live, rebuilt)) {
            side.jdbc()
                    .update("INSERT INTO " + side.tables().of("custom_traits")
                            + " (name, created_at) VALUES ('CUSTOM_A', " + AT + ")");
            side.jdbc()
                    .update("INSERT INTO " + side.tables().of("custom_resource_classes")
                            + " (name, created_at, updated_at) VALUES ('CUSTOM_R', " + AT + ", " + AT + ")");
        }
    }

    @AfterEach
    void dropReadModels() {
        live.close();
        rebuilt.close();
    }

    @Test
    void rowsCommittedAfterTheSnapshotAreNotSeen() throws Exception {
        DataSource dataSource = Objects.requireNonNull(live.jdbc().getDataSource());
        SnapshotComparisons comparisons = new SnapshotComparisons(dataSource, 2, "64MB");
        List<String> tables = List.of("custom_traits", "custom_resource_classes");
        try (Connection exporter = dataSource.getConnection()) {
            exporter.setAutoCommit(false);
            exporter.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement sql = exporter.createStatement();
                    ResultSet rs = sql.executeQuery("SELECT pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            rebuilt.jdbc()
                    .update("INSERT INTO " + rebuilt.tables().of("custom_traits")
                            + " (name, created_at) VALUES ('CUSTOM_B', " + AT + ")");

            List<TableComparison> inSnapshot = comparisons.compare(snapshot, tables, live.tables(), rebuilt.tables());
            exporter.rollback();

            assertThat(inSnapshot).extracting(TableComparison::table).containsExactlyElementsOf(tables);
            assertThat(inSnapshot)
                    .allSatisfy(t -> assertThat(t.equal()).as(t.toString()).isTrue());
        }
        TableComparison now = new TableComparer(live.jdbc()).compare("custom_traits", live.tables(), rebuilt.tables());
        assertThat(now.onlyRebuilt()).isEqualTo(1);
    }
}
