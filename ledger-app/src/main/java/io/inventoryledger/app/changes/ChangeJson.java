package io.inventoryledger.app.changes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.inventoryledger.projections.feed.Change;
import io.inventoryledger.projections.feed.ChangeContext;
import java.io.IOException;

/**
 * One change as JSON, the same in a page, a stream event and an export line: where it sits in the feed, which stream
 * and sequence it extends, its kind, when, in which request, by whom, on which node, and its payload as stored.
 */
final class ChangeJson {
    // field names encoded once (a change's JSON is written for every event of an export)
    private static final SerializedString POSITION = new SerializedString("position");
    private static final SerializedString GLOBAL_INDEX = new SerializedString("global_index");
    private static final SerializedString STREAM = new SerializedString("stream");
    private static final SerializedString SEQUENCE = new SerializedString("sequence");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString REVISION = new SerializedString("revision");
    private static final SerializedString EVENT_ID = new SerializedString("event_id");
    private static final SerializedString TIME = new SerializedString("time");
    private static final SerializedString REQUEST_ID = new SerializedString("request_id");
    private static final SerializedString GLOBAL_REQUEST_ID = new SerializedString("global_request_id");
    private static final SerializedString PRINCIPAL = new SerializedString("principal");
    private static final SerializedString USER = new SerializedString("user");
    private static final SerializedString PROJECT = new SerializedString("project");
    private static final SerializedString ROLES = new SerializedString("roles");
    private static final SerializedString SERVICE_USER = new SerializedString("service_user");
    private static final SerializedString NODE = new SerializedString("node");
    private static final SerializedString PAYLOAD = new SerializedString("payload");

    private ChangeJson() {}

    static void write(JsonGenerator json, Change change) throws IOException {
        ChangeContext context = change.context();
        json.writeStartObject();
        json.writeFieldName(POSITION);
        json.writeString(change.position());
        json.writeFieldName(GLOBAL_INDEX);
        json.writeNumber(change.globalIndex());
        json.writeFieldName(STREAM);
        json.writeString(change.stream());
        json.writeFieldName(SEQUENCE);
        json.writeNumber(change.sequence());
        json.writeFieldName(KIND);
        json.writeString(change.kind());
        json.writeFieldName(REVISION);
        json.writeString(change.revision());
        json.writeFieldName(EVENT_ID);
        json.writeString(change.eventId());
        json.writeFieldName(TIME);
        json.writeString(change.time());
        json.writeFieldName(REQUEST_ID);
        json.writeString(context.requestId());
        json.writeFieldName(GLOBAL_REQUEST_ID);
        json.writeString(context.globalRequestId());
        json.writeFieldName(PRINCIPAL);
        json.writeStartObject();
        json.writeFieldName(USER);
        json.writeString(context.user());
        json.writeFieldName(PROJECT);
        json.writeString(context.project());
        json.writeFieldName(ROLES);
        json.writeStartArray();
        String roles = context.roles();
        if (roles != null && !roles.isEmpty()) {
            for (String role : roles.split(",")) {
                json.writeString(role);
            }
        }
        json.writeEndArray();
        json.writeFieldName(SERVICE_USER);
        json.writeString(context.serviceUser());
        json.writeEndObject();
        json.writeFieldName(NODE);
        json.writeString(context.node());
        json.writeFieldName(PAYLOAD);
        json.writeRawValue(new RawJson(change.payload()));
        json.writeEndObject();
    }
}
