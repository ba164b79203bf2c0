package io.inventoryledger.core.resourceclass;

import org.axonframework.serialization.Revision;

/** A custom resource class was deleted; its stream stays, so that the name can be created again. */
@Revision("1")
public record ResourceClassDeleted(String name) {}
