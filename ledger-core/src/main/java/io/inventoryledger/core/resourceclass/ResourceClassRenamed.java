package io.inventoryledger.core.resourceclass;

import org.axonframework.serialization.Revision;

/**
 * A custom resource class took another name (Placement below 1.7). Appended to the old name's stream, in
 * the same unit of work as {@link ResourceClassCreated} on the new name's stream.
 */
@Revision("1")
public record ResourceClassRenamed(String name, String newName) {}
