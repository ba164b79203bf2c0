package io.inventoryledger.app.changes;

import com.fasterxml.jackson.core.JsonGenerator;
import io.inventoryledger.projections.feed.Change;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * One change as JSON, the same in a page, a stream event and an export line: where it sits in the feed, which stream
 * and sequence it extends, its kind, when, in which request, by whom, on which node, and its payload as stored.
 */
final class ChangeJson {
    private ChangeJson() {}

    static void write(JsonGenerator json, Change change) throws IOException {
        Map<String, Object> meta = change.metadata();
        json.writeStartObject();
        json.writeStringField("position", change.position());
        json.writeNumberField("global_index", change.globalIndex());
        json.writeStringField("stream", change.stream());
        json.writeNumberField("sequence", change.sequence());
        json.writeStringField("kind", change.kind());
        json.writeStringField("revision", change.revision());
        json.writeStringField("event_id", change.eventId());
        json.writeStringField("time", change.time());
        json.writeStringField("request_id", text(meta.get("requestId")));
        json.writeStringField("global_request_id", text(meta.get("globalRequestId")));
        json.writeObjectFieldStart("principal");
        json.writeStringField("user", text(meta.get("principal")));
        json.writeStringField("project", text(meta.get("projectId")));
        json.writeArrayFieldStart("roles");
        String roles = text(meta.get("roles"));
        if (roles != null && !roles.isEmpty()) {
            for (String role : roles.split(",")) {
                json.writeString(role);
            }
        }
        json.writeEndArray();
        json.writeStringField("service_user", text(meta.get("servicePrincipal")));
        json.writeEndObject();
        json.writeStringField("node", text(meta.get("node")));
        json.writeFieldName("payload");
        json.writeRawValue(new RawJson(change.payload()));
        json.writeEndObject();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Object[] array ? Arrays.toString(array) : value.toString();
    }
}
