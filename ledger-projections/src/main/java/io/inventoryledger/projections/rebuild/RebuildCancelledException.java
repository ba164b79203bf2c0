package io.inventoryledger.projections.rebuild;

/** A rebuild stopped because an operator cancelled it: its schema is dropped, the live tables are untouched. */
public class RebuildCancelledException extends RuntimeException {
    public RebuildCancelledException() {
        super("The rebuild was cancelled");
    }
}
