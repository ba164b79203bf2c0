package io.inventoryledger.projections.history;

import io.inventoryledger.core.audit.LedgerMetaData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Who made a change and where, as the event's metadata recorded it: request ids (ours and the caller's global
 * one), the principal (user, project, roles, the service user of an accompanying service token) and the node.
 */
public record EventContext(
        String requestId,
        String globalRequestId,
        String userId,
        String projectId,
        List<String> roles,
        String serviceUserId,
        String node,
        String correlationId) {

    static EventContext of(Map<String, ?> meta) {
        String roles = text(meta, LedgerMetaData.ROLES);
        return new EventContext(
                text(meta, LedgerMetaData.REQUEST_ID),
                text(meta, LedgerMetaData.GLOBAL_REQUEST_ID),
                text(meta, LedgerMetaData.PRINCIPAL),
                text(meta, LedgerMetaData.PROJECT),
                roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
                text(meta, LedgerMetaData.SERVICE_PRINCIPAL),
                text(meta, LedgerMetaData.NODE),
                text(meta, "correlationId"));
    }

    /** True when the change was made in the request with this id, ours or the caller's global one. */
    public boolean madeIn(String anyRequestId) {
        return anyRequestId.equals(requestId) || anyRequestId.equals(globalRequestId);
    }

    private static String text(Map<String, ?> meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
