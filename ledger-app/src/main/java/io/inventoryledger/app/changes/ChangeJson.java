package io.inventoryledger.app.changes;

import com.fasterxml.jackson.core.JsonGenerator;
import io.inventoryledger.projections.feed.Change;
import io.inventoryledger.projections.feed.ChangeContext;
import java.io.IOException;

/**
 * One change as JSON, the same in a page, a stream event and an export line: where it sits in the feed, which stream
 * and sequence it extends, its kind, when, in which request, by whom, on which node, and its payload as stored.
 */
final class ChangeJson {
    private ChangeJson() {}

    static void write(JsonGenerator json, Change change) throws IOException {
        ChangeContext context = change.context();
        json.writeStartObject();
        json.writeStringField("position", change.position());
        json.writeNumberField("global_index", change.globalIndex());
        json.writeStringField("stream", change.stream());
        json.writeNumberField("sequence", change.sequence());
        json.writeStringField("kind", change.kind());
        json.writeStringField("revision", change.revision());
        json.writeStringField("event_id", change.eventId());
        json.writeStringField("time", change.time());
        json.writeStringField("request_id", context.requestId());
        json.writeStringField("global_request_id", context.globalRequestId());
        json.writeObjectFieldStart("principal");
        json.writeStringField("user", context.user());
        json.writeStringField("project", context.project());
        json.writeArrayFieldStart("roles");
        String roles = context.roles();
        if (roles != null && !roles.isEmpty()) {
            for (String role : roles.split(",")) {
                json.writeString(role);
            }
        }
        json.writeEndArray();
        json.writeStringField("service_user", context.serviceUser());
        json.writeEndObject();
        json.writeStringField("node", context.node());
        json.writeFieldName("payload");
        json.writeRawValue(new RawJson(change.payload()));
        json.writeEndObject();
    }
}
