package io.inventoryledger.app.system;

/** Metadata keys every command carries and every event inherits. */
public final class LedgerMetaData {
    public static final String REQUEST_ID = "requestId";
    public static final String PRINCIPAL = "principal";
    public static final String PROJECT = "projectId";
    /** The caller's roles, comma-separated, as the authentication strategy established them. */
    public static final String ROLES = "roles";
    /** The service user whose X-Service-Token came with the request (Nova's), if any. */
    public static final String SERVICE_PRINCIPAL = "servicePrincipal";

    public static final String REQUESTED_AT = "requestedAt";
    /** The node (service instance) that handled the command: see {@link NodeIdentity}. */
    public static final String NODE = "node";

    static final String[] KEYS = {REQUEST_ID, PRINCIPAL, PROJECT, ROLES, SERVICE_PRINCIPAL, REQUESTED_AT, NODE};

    private LedgerMetaData() {}
}
