package io.inventoryledger.core.trait;

import org.axonframework.serialization.Revision;

/** A custom trait came into being (again, if it had been deleted). */
@Revision("1")
public record TraitCreated(String name) {}
