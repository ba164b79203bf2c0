package io.inventoryledger.app.system;

import java.util.UUID;

/**
 * This service instance, for as long as it runs: a new id at every start (and per application context, so two
 * nodes in one JVM, as in tests, are two nodes). Events record it, so that a node can tell its own writes from
 * other nodes' when it follows the event store.
 */
public record NodeIdentity(String id) {
    public static NodeIdentity random() {
        return new NodeIdentity(UUID.randomUUID().toString());
    }
}
