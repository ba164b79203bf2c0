package io.inventoryledger.projections.catalog;

import java.time.Instant;

/** The catalog projection's tables ({@code custom_resource_classes}, {@code custom_traits}): JDBC or memory. */
public interface CatalogRows {
    /** The class's row, created and updated at {@code time}, replacing any earlier one. */
    void putResourceClass(String name, Instant time);

    void deleteResourceClass(String name);

    /** The trait's row, created at {@code time}, replacing any earlier one. */
    void putTrait(String name, Instant time);

    void deleteTrait(String name);
}
