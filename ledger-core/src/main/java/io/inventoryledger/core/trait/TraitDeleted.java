package io.inventoryledger.core.trait;

import org.axonframework.serialization.Revision;

/** A custom trait was deleted; its stream stays, so that the name can be created again. */
@Revision("1")
public record TraitDeleted(String name) {}
