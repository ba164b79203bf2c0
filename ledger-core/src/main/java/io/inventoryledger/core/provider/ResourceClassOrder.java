package io.inventoryledger.core.provider;

import io.inventoryledger.core.resourceclass.StandardResourceClasses;
import java.util.Comparator;

/**
 * A stable order of resource classes for messages: standard classes in Placement's order (VCPU,
 * MEMORY_MB, DISK_GB, ...: the order of their ids), then custom classes by name.
 */
final class ResourceClassOrder {
    static final Comparator<String> STABLE =
            Comparator.<String>comparingInt(ResourceClassOrder::rank).thenComparing(Comparator.naturalOrder());

    private ResourceClassOrder() {}

    private static int rank(String resourceClass) {
        int index = StandardResourceClasses.NAMES.indexOf(resourceClass);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
