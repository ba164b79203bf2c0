package io.inventoryledger.projections.rebuild;

import java.util.List;

/**
 * Read-model tables held in memory during a bulk rebuild: a projection's store folds the history into maps, then
 * hands its rows over, table by table, to be written in bulk.
 */
public interface MemoryTables {

    /** Hands every row of every table of this store to {@code sink}. */
    void dumpTo(Sink sink);

    /** Receives one table's rows; values are UUID, String, Integer, Long, Double, Boolean, Instant or null. */
    interface Sink {
        void table(String table, List<String> columns, Iterable<Object[]> rows);
    }
}
