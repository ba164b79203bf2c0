package io.inventoryledger.projections.rebuild;

/** One read-model table, live against rebuilt: row counts and rows found on one side only. */
public record TableComparison(String table, long liveRows, long rebuiltRows, long onlyLive, long onlyRebuilt) {
    public boolean equal() {
        return liveRows == rebuiltRows && onlyLive == 0 && onlyRebuilt == 0;
    }
}
