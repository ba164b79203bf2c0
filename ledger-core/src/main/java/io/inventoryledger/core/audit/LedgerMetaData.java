package io.inventoryledger.core.audit;

/**
 * Metadata keys every command carries and every event inherits: the audit trail of who changed what, in which
 * request, on which node. Stored with every event forever: never rename a key.
 */
public final class LedgerMetaData {
    /** Our request id, as answered in {@code openstack-request-id}. */
    public static final String REQUEST_ID = "requestId";
    /** The caller's {@code X-OpenStack-Request-ID} ({@code req-<uuid>}, as oslo.middleware accepts it), if valid. */
    public static final String GLOBAL_REQUEST_ID = "globalRequestId";

    public static final String PRINCIPAL = "principal";
    public static final String PROJECT = "projectId";
    /** The caller's roles, comma-separated, as the authentication strategy established them. */
    public static final String ROLES = "roles";
    /** The service user whose X-Service-Token came with the request (Nova's), if any. */
    public static final String SERVICE_PRINCIPAL = "servicePrincipal";

    public static final String REQUESTED_AT = "requestedAt";
    /** The node (service instance) that handled the command, a new id at every start. */
    public static final String NODE = "node";

    public static final String[] KEYS = {
        REQUEST_ID, GLOBAL_REQUEST_ID, PRINCIPAL, PROJECT, ROLES, SERVICE_PRINCIPAL, REQUESTED_AT, NODE
    };

    private LedgerMetaData() {}
}
