package io.inventoryledger.app.system;

import org.axonframework.common.IdentifierFactory;

/**
 * Axon's message and event identifiers from {@link FastUuids} instead of {@link java.util.UUID#randomUUID()}.
 * Axon finds it through {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public class FastIdentifierFactory extends IdentifierFactory {
    @Override
    public String generateIdentifier() {
        return FastUuids.random().toString();
    }
}
