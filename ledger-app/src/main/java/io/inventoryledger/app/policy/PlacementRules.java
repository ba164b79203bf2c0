package io.inventoryledger.app.policy;

/** The names of Placement's policy rules (as in placement/policies/*.py), used by the controllers. */
public final class PlacementRules {
    public static final String RESOURCE_PROVIDERS_LIST = "placement:resource_providers:list";
    public static final String RESOURCE_PROVIDERS_CREATE = "placement:resource_providers:create";
    public static final String RESOURCE_PROVIDERS_SHOW = "placement:resource_providers:show";
    public static final String RESOURCE_PROVIDERS_UPDATE = "placement:resource_providers:update";
    public static final String RESOURCE_PROVIDERS_DELETE = "placement:resource_providers:delete";

    public static final String RESOURCE_CLASSES_LIST = "placement:resource_classes:list";
    public static final String RESOURCE_CLASSES_CREATE = "placement:resource_classes:create";
    public static final String RESOURCE_CLASSES_SHOW = "placement:resource_classes:show";
    public static final String RESOURCE_CLASSES_UPDATE = "placement:resource_classes:update";
    public static final String RESOURCE_CLASSES_DELETE = "placement:resource_classes:delete";

    public static final String INVENTORIES_LIST = "placement:resource_providers:inventories:list";
    public static final String INVENTORIES_CREATE = "placement:resource_providers:inventories:create";
    public static final String INVENTORIES_SHOW = "placement:resource_providers:inventories:show";
    public static final String INVENTORIES_UPDATE = "placement:resource_providers:inventories:update";
    public static final String INVENTORIES_DELETE = "placement:resource_providers:inventories:delete";

    public static final String PROVIDER_AGGREGATES_LIST = "placement:resource_providers:aggregates:list";
    public static final String PROVIDER_AGGREGATES_UPDATE = "placement:resource_providers:aggregates:update";

    public static final String PROVIDER_USAGES = "placement:resource_providers:usages";
    public static final String TOTAL_USAGES = "placement:usages";

    public static final String TRAITS_LIST = "placement:traits:list";
    public static final String TRAITS_SHOW = "placement:traits:show";
    public static final String TRAITS_UPDATE = "placement:traits:update";
    public static final String TRAITS_DELETE = "placement:traits:delete";
    public static final String PROVIDER_TRAITS_LIST = "placement:resource_providers:traits:list";
    public static final String PROVIDER_TRAITS_UPDATE = "placement:resource_providers:traits:update";
    public static final String PROVIDER_TRAITS_DELETE = "placement:resource_providers:traits:delete";

    public static final String ALLOCATIONS_MANAGE = "placement:allocations:manage";
    public static final String ALLOCATIONS_LIST = "placement:allocations:list";
    public static final String ALLOCATIONS_UPDATE = "placement:allocations:update";
    public static final String ALLOCATIONS_DELETE = "placement:allocations:delete";
    public static final String PROVIDER_ALLOCATIONS_LIST = "placement:resource_providers:allocations:list";

    public static final String ALLOCATION_CANDIDATES_LIST = "placement:allocation_candidates:list";
    public static final String RESHAPE = "placement:reshaper:reshape";

    /** Our extensions (not Placement's): operations on the ledger itself. */
    public static final String LEDGER_REBUILD = "ledger:projections:rebuild";

    public static final String LEDGER_CONSISTENCY = "ledger:ops:consistency";
    public static final String LEDGER_PROCESSORS = "ledger:ops:processors";
    /** The audit history: GET /ledger/history/... (readers). */
    public static final String HISTORY_PROVIDERS = "ledger:history:resource_providers:list";

    public static final String HISTORY_PROVIDER_STATE = "ledger:history:resource_providers:state";
    public static final String HISTORY_CONSUMERS = "ledger:history:consumers:list";
    public static final String HISTORY_CONSUMER_STATE = "ledger:history:consumers:state";
    public static final String HISTORY_REQUESTS = "ledger:history:requests:show";
    /** POST /ledger/testing/reset (exists only when enabled). */
    public static final String LEDGER_TESTING_RESET = "ledger:testing:reset";
    /** Who sees health's details and components (anyone sees UP/DOWN). */
    public static final String OPS_HEALTH_DETAILS = "ledger:ops:health:details";

    public static final String OPS_INFO = "ledger:ops:info";
    public static final String OPS_METRICS = "ledger:ops:metrics";
    public static final String OPS_PROMETHEUS = "ledger:ops:prometheus";

    /** The dashboard's JSON API (readers). */
    public static final String DASHBOARD_CLASSES = "ledger:dashboard:classes";

    public static final String DASHBOARD_AGGREGATES = "ledger:dashboard:aggregates";
    public static final String DASHBOARD_ROOTS = "ledger:dashboard:roots";
    public static final String DASHBOARD_USAGES = "ledger:dashboard:usages";
    public static final String DASHBOARD_PROVIDERS = "ledger:dashboard:providers";
    public static final String DASHBOARD_SERIES = "ledger:dashboard:series";
    /** The change feed (GET /ledger/changes), its live stream, and the tamper-evidence check of the event store. */
    public static final String LEDGER_CHANGES_LIST = "ledger:changes:list";

    public static final String LEDGER_CHANGES_STREAM = "ledger:changes:stream";
    public static final String LEDGER_AUDIT_VERIFY = "ledger:audit:verify";
    /** GET /ledger/openapi: the OpenAPI document of the /ledger routes. */
    public static final String LEDGER_OPENAPI = "ledger:openapi:show";

    /** The rule of an Actuator endpoint under /ledger/ops: ledger:ops:&lt;endpoint id&gt;. */
    public static String opsEndpoint(String endpointId) {
        return "ledger:ops:" + endpointId;
    }

    private PlacementRules() {}
}
