package io.inventoryledger.core.provider;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The provider's name or parent was changed (PUT /resource_providers/{uuid}). Kept in the provider's
 * profile stream: Placement does not move the generation for it.
 */
@Revision("1")
public record ResourceProviderUpdated(UUID providerUuid, int incarnation, String name, UUID parentProviderUuid) {}
