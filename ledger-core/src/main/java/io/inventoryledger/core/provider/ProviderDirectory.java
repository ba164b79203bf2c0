package io.inventoryledger.core.provider;

import java.util.UUID;

/**
 * What a provider's own stream cannot know: the other providers. Implemented over the read tables,
 * inside the same transaction as the command, so that its answers hold until the commit.
 */
public interface ProviderDirectory {
    /** True when the provider exists; it then cannot be deleted until this unit of work ends. */
    boolean existsLocked(UUID provider);

    /** The provider's current parent, or {@code null} for a root. */
    UUID parentOf(UUID provider);

    /** True when the provider has children; locks the provider so that none can be added meanwhile. */
    boolean hasChildrenLocked(UUID provider);

    /** True when {@code candidate} is {@code ancestor} itself or one of its descendants. */
    boolean isInSubtree(UUID candidate, UUID ancestor);

    /** True when another provider than {@code except} has this name. */
    boolean nameTakenByOther(String name, UUID except);
}
