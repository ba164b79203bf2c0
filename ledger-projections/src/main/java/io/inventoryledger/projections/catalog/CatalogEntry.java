package io.inventoryledger.projections.catalog;

import java.time.Instant;

/** A custom resource class or trait as the read model holds it. */
public record CatalogEntry(String name, Instant createdAt, Instant updatedAt) {}
