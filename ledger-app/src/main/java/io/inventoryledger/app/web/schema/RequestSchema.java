package io.inventoryledger.app.web.schema;

import java.util.Arrays;

/**
 * Placement's request schemas by route and microversion (placement/schemas/*.py): the one place that
 * says which schema a request is checked against. Each is the file {@code schemas/<family>-1.<N>.json},
 * N being the microversion from which it applies, up to the next one listed.
 */
public enum RequestSchema {
    RESOURCE_PROVIDERS_QUERY("resource_providers-query", 0, 3, 4, 14, 18),
    RESOURCE_PROVIDER_POST("resource_provider-post", 0, 14),
    RESOURCE_PROVIDER_PUT("resource_provider-put", 0, 14),
    INVENTORIES_PUT("inventories-put", 0),
    INVENTORY_POST("inventory-post", 0),
    INVENTORY_PUT("inventory-put", 0),
    PROVIDER_AGGREGATES_PUT("resource_provider_aggregates-put", 1, 19),
    PROVIDER_TRAITS_PUT("resource_provider_traits-put", 6),
    TRAITS_QUERY("traits-query", 6),
    RESOURCE_CLASS_POST("resource_class-post", 2),
    RESOURCE_CLASS_PUT("resource_class-put", 2),
    USAGES_QUERY("usages-query", 9, 38),
    ALLOCATION_PUT("allocation-put", 0, 8, 12, 28, 34, 38),
    ALLOCATIONS_POST("allocations-post", 13, 28, 34, 38),
    RESHAPER_POST("reshaper-post", 30, 34, 38),
    ALLOCATION_CANDIDATES_QUERY("allocation_candidates-query", 10, 16, 17, 21, 25, 31, 33, 35, 36);

    private final String family;
    private final int[] since;

    RequestSchema(String family, int... since) {
        this.family = family;
        this.since = since;
    }

    /** The file name (without {@code .json}) of the schema that applies at microversion 1.minor. */
    public String nameAt(int minor) {
        int applies = Arrays.stream(since).filter(n -> n <= minor).max().orElse(since[0]);
        return family + "-1." + applies;
    }
}
