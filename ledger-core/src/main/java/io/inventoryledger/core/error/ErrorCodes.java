package io.inventoryledger.core.error;

/**
 * Stable error codes, as OpenStack Placement names them. Never change or reuse one:
 * clients (Nova among them) match on them. Each is documented in docs/api/errors.md.
 */
public final class ErrorCodes {
    public static final String DEFAULT = "placement.undefined_code";
    /** Ours: the change feed's query (GET /ledger/changes, /ledger/changes/stream). */
    public static final String CHANGES_BAD_POSITION = "ledger.changes.bad_position";

    public static final String CHANGES_BAD_LIMIT = "ledger.changes.bad_limit";
    public static final String CHANGES_BAD_FILTER = "ledger.changes.bad_filter";
    public static final String CHANGES_BAD_FORMAT = "ledger.changes.bad_format";
    public static final String CONCURRENT_UPDATE = "placement.concurrent_update";
    public static final String DUPLICATE_NAME = "placement.duplicate_name";
    public static final String INVENTORY_INUSE = "placement.inventory.inuse";
    public static final String PROVIDER_INUSE = "placement.resource_provider.inuse";
    public static final String PROVIDER_CANNOT_DELETE_PARENT = "placement.resource_provider.cannot_delete_parent";
    public static final String PROVIDER_NOT_FOUND = "placement.resource_provider.not_found";
    public static final String QUERY_DUPLICATE_KEY = "placement.query.duplicate_key";
    public static final String QUERY_BAD_VALUE = "placement.query.bad_value";
    public static final String QUERY_MISSING_VALUE = "placement.query.missing_value";
    /** Ours, not Placement's: the database cannot be reached right now (503 with Retry-After). */
    public static final String DATABASE_UNAVAILABLE = "ledger.database_unavailable";
    /** Ours: a dashboard query names a resource class that does not exist. */
    public static final String DASHBOARD_UNKNOWN_RESOURCE_CLASS = "ledger.dashboard.unknown_resource_class";
    /** Ours: a dashboard page's limit or offset is not a whole number in range. */
    public static final String DASHBOARD_BAD_LIMIT = "ledger.dashboard.bad_limit";
    /** Ours: a dashboard series names a bucket size other than minute and hour. */
    public static final String DASHBOARD_UNKNOWN_BUCKET = "ledger.dashboard.unknown_bucket";
    /** Ours: a dashboard time window (minutes, buckets) is not a whole number in range. */
    public static final String DASHBOARD_BAD_WINDOW = "ledger.dashboard.bad_window";
    /** Ours: no provider, consumer or request with that id ever changed the ledger (404). */
    public static final String HISTORY_NOT_FOUND = "ledger.history.not_found";
    /** Ours: a history page marker that no history page gave out (400). */
    public static final String HISTORY_BAD_MARKER = "ledger.history.bad_marker";
    /** Ours: a history limit that is not a whole number from 1 to 1000 (400). */
    public static final String HISTORY_BAD_LIMIT = "ledger.history.bad_limit";
    /** Ours: since, until or at that is not an RFC 3339 instant (400). */
    public static final String HISTORY_BAD_INSTANT = "ledger.history.bad_instant";
    /** Ours: a generation that is not a whole number the provider or consumer had (400). */
    public static final String HISTORY_BAD_GENERATION = "ledger.history.bad_generation";

    private ErrorCodes() {}
}
