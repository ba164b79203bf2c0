package io.inventoryledger.projections.schema;

/**
 * Where the read model lives: the live tables, or a fresh copy in a schema of its own that a rebuild
 * fills from the event history while the live tables keep serving.
 */
public record ReadModelTables(String schema) {
    public static final ReadModelTables LIVE = new ReadModelTables(null);

    /** The qualified name of {@code table} in this read model. */
    public String of(String table) {
        return schema == null ? table : schema + "." + table;
    }
}
