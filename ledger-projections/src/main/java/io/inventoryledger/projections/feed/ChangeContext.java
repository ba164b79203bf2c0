package io.inventoryledger.projections.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.inventoryledger.core.audit.LedgerMetaData;
import java.io.IOException;

/**
 * What a change's metadata says about the request that made it (keys of {@link LedgerMetaData}): our request id, the
 * caller's global one, the principal (user, project, comma-separated roles, the service token's user) and the node.
 * Each may be null.
 */
public record ChangeContext(
        String requestId,
        String globalRequestId,
        String user,
        String project,
        String roles,
        String serviceUser,
        String node) {
    public static final ChangeContext NONE = new ChangeContext(null, null, null, null, null, null, null);
    private static final JsonFactory JSON = new JsonFactory();

    /** Reads the metadata as stored (a JSON object); values of other keys, and nested values, are skipped unread. */
    static ChangeContext parse(byte[] json) {
        if (json == null || json.length == 0) {
            return NONE;
        }
        String requestId = null;
        String globalRequestId = null;
        String user = null;
        String project = null;
        String roles = null;
        String serviceUser = null;
        String node = null;
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return NONE;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isStructStart()) {
                    parser.skipChildren();
                    continue;
                }
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (name) {
                    case LedgerMetaData.REQUEST_ID -> requestId = parser.getText();
                    case LedgerMetaData.GLOBAL_REQUEST_ID -> globalRequestId = parser.getText();
                    case LedgerMetaData.PRINCIPAL -> user = parser.getText();
                    case LedgerMetaData.PROJECT -> project = parser.getText();
                    case LedgerMetaData.ROLES -> roles = parser.getText();
                    case LedgerMetaData.SERVICE_PRINCIPAL -> serviceUser = parser.getText();
                    case LedgerMetaData.NODE -> node = parser.getText();
                    default -> {
                        // not part of the change's context
                    }
                }
            }
        } catch (IOException e) {
            return NONE;
        }
        return new ChangeContext(requestId, globalRequestId, user, project, roles, serviceUser, node);
    }
}
