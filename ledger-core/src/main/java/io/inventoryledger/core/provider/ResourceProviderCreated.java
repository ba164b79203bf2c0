package io.inventoryledger.core.provider;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A provider came into being (generation 0), as a root or under a parent. {@code incarnation} is 1 for
 * the first provider with this uuid, 2 for one created again after a delete, and so on.
 */
@Revision("1")
public record ResourceProviderCreated(UUID providerUuid, int incarnation, String name, UUID parentProviderUuid)
        implements ResourceProviderEvent {}
