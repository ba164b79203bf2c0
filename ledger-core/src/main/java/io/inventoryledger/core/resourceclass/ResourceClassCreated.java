package io.inventoryledger.core.resourceclass;

import org.axonframework.serialization.Revision;

/** A custom resource class came into being (again, if it had been deleted or renamed away). */
@Revision("1")
public record ResourceClassCreated(String name) {}
