package io.inventoryledger.projections.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds deltas to rows that many transactions share, portably (PostgreSQL and H2): one batch of
 * {@code col = col + ?} updates; the rows that did not exist are inserted ({@code ON CONFLICT DO NOTHING}); those a
 * concurrent writer inserted meanwhile are updated after all. Answers how many rows it inserted.
 */
final class DeltaUpserts<T> {
    private final JdbcTemplate jdbc;
    private final String update;
    private final Function<T, Object[]> updateArguments;
    private final String insert;
    private final Function<T, Object[]> insertArguments;

    DeltaUpserts(
            JdbcTemplate jdbc,
            String update,
            Function<T, Object[]> updateArguments,
            String insert,
            Function<T, Object[]> insertArguments) {
        this.jdbc = jdbc;
        this.update = update;
        this.updateArguments = updateArguments;
        this.insert = insert + " ON CONFLICT DO NOTHING";
        this.insertArguments = insertArguments;
    }

    /** The deltas, in their order; the number of rows made. */
    int add(List<T> deltas) {
        if (deltas.isEmpty()) {
            return 0;
        }
        List<T> absent = unchanged(deltas, update, updateArguments);
        if (absent.isEmpty()) {
            return 0;
        }
        List<T> raced = unchanged(absent, insert, insertArguments);
        if (!raced.isEmpty()) {
            unchanged(raced, update, updateArguments);
        }
        return absent.size() - raced.size();
    }

    private List<T> unchanged(List<T> deltas, String sql, Function<T, Object[]> arguments) {
        int[] changed = jdbc.batchUpdate(sql, deltas.stream().map(arguments).toList());
        List<T> unchanged = new ArrayList<>();
        for (int i = 0; i < deltas.size(); i++) {
            if (changed[i] == 0) {
                unchanged.add(deltas.get(i));
            }
        }
        return unchanged;
    }
}
