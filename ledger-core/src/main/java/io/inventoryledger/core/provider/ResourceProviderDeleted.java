package io.inventoryledger.core.provider;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider was deleted; its stream ends here. */
@Revision("1")
public record ResourceProviderDeleted(UUID providerUuid) implements ResourceProviderEvent {}
