package io.inventoryledger.app.changes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.inventoryledger.projections.feed.Change;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** A change with its Server-Sent Event, rendered once however many subscribers it goes to. */
record StreamedChange(Change change, String event) {
    private static final JsonFactory JSON = new JsonFactory();

    static StreamedChange of(Change change) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            ChangeJson.write(json, change);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StreamedChange(change, SseFrames.change(change.position(), out.toString()));
    }
}
