package io.inventoryledger.projections.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.inventoryledger.core.audit.LedgerMetaData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
        // the export reads every event's metadata: most are a flat object of plain ASCII strings, read without a parser
        ChangeContext flat = new FlatObject(json).read();
        return flat != null ? flat : parseJson(json);
    }

    private static ChangeContext parseJson(byte[] json) {
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

    /**
     * A JSON object whose values are all strings of printable ASCII without escapes, read byte by byte; null for
     * anything else (the parser reads those), so that both give the same answer.
     */
    private static final class FlatObject {
        private static final byte[][] KEYS = {
            bytes(LedgerMetaData.REQUEST_ID),
            bytes(LedgerMetaData.GLOBAL_REQUEST_ID),
            bytes(LedgerMetaData.PRINCIPAL),
            bytes(LedgerMetaData.PROJECT),
            bytes(LedgerMetaData.ROLES),
            bytes(LedgerMetaData.SERVICE_PRINCIPAL),
            bytes(LedgerMetaData.NODE)
        };
        private final byte[] json;
        private int at;

        FlatObject(byte[] json) {
            this.json = json;
        }

        private static byte[] bytes(String key) {
            return key.getBytes(StandardCharsets.US_ASCII);
        }

        ChangeContext read() {
            String[] values = new String[KEYS.length];
            if (!skipSpaceTo('{')) {
                return null;
            }
            skipSpace();
            if (at < json.length && json[at] == '}') {
                return NONE;
            }
            while (true) {
                int keyStart = string();
                if (keyStart < 0) {
                    return null;
                }
                int keyLength = at - 1 - keyStart;
                if (!skipSpaceTo(':')) {
                    return null;
                }
                skipSpace();
                int valueStart = string();
                if (valueStart < 0) {
                    return null;
                }
                int key = key(keyStart, keyLength);
                if (key >= 0) {
                    values[key] = new String(json, valueStart, at - 1 - valueStart, StandardCharsets.US_ASCII);
                }
                skipSpace();
                if (at >= json.length) {
                    return null;
                }
                byte next = json[at++];
                if (next == '}') {
                    return new ChangeContext(
                            values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
                }
                if (next != ',') {
                    return null;
                }
                skipSpace();
            }
        }

        /** At a string's opening quote: moves past its closing one and returns where its text starts; else -1. */
        private int string() {
            if (at >= json.length || json[at] != '"') {
                return -1;
            }
            int start = ++at;
            while (at < json.length) {
                byte b = json[at++];
                if (b == '"') {
                    return start;
                }
                if (b == '\\' || b < 0x20) { // an escape, a control character or a non-ASCII byte (negative)
                    return -1;
                }
            }
            return -1;
        }

        private int key(int start, int length) {
            for (int k = 0; k < KEYS.length; k++) {
                if (Arrays.equals(KEYS[k], 0, KEYS[k].length, json, start, start + length)) {
                    return k;
                }
            }
            return -1;
        }

        private void skipSpace() {
            while (at < json.length && (json[at] == ' ' || json[at] == '\n' || json[at] == '\r' || json[at] == '\t')) {
                at++;
            }
        }

        private boolean skipSpaceTo(char expected) {
            skipSpace();
            if (at < json.length && json[at] == expected) {
                at++;
                return true;
            }
            return false;
        }
    }
}
