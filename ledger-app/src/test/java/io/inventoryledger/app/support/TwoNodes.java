package io.inventoryledger.app.support;

/** Two application nodes (two servers, two Spring contexts) in this JVM, on one PostgreSQL database. */
public record TwoNodes(LedgerNode a, LedgerNode b) implements AutoCloseable {
    /** Starts both nodes with the test profile, each with a connection pool of {@code poolSize}. */
    public static TwoNodes start(int poolSize) {
        String[] test = {"test"};
        String pool = "--spring.datasource.hikari.maximum-pool-size=" + poolSize;
        LedgerNode a = LedgerNode.start(test, pool);
        return new TwoNodes(a, LedgerNode.start(test, pool));
    }

    @Override
    public void close() {
        b.close();
        a.close();
    }
}
