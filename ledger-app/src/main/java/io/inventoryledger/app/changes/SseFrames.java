package io.inventoryledger.app.changes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events as text, so that a subscriber can send every change that is ready in one write and one flush
 * (SseEmitter's own builder writes and flushes each event by itself). The frames are those SseEmitter writes.
 */
final class SseFrames {
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private SseFrames() {}

    /** One event {@code change} with its id and its data (one {@code data:} line per line of it). */
    static String change(String id, String data) {
        StringBuilder frame = new StringBuilder(data.length() + id.length() + 32);
        frame.append("id:").append(id).append("\nevent:change\ndata:");
        if (data.indexOf('\n') < 0) {
            frame.append(data);
        } else {
            frame.append(data.replace("\n", "\ndata:"));
        }
        return frame.append("\n\n").toString();
    }

    static String comment(String text) {
        return ":" + text + "\n\n";
    }

    /** Writes the frames and flushes once. */
    static void send(SseEmitter emitter, CharSequence frames) throws IOException {
        emitter.send(Set.of(new DataWithMediaType(frames.toString(), TEXT)));
    }
}
