package io.inventoryledger.core.provider;

import java.util.UUID;

/** Events of a provider's stream; each one moves its generation by exactly one. */
public interface ResourceProviderEvent {
    UUID providerUuid();
}
