package io.inventoryledger.core.provider;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The provider was deleted; its stream ends here. */
@Revision("1")
public record ResourceProviderDeleted(UUID providerUuid) implements ResourceProviderEvent {
}
