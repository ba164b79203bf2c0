package io.inventoryledger.projections.feed;

import io.inventoryledger.core.consumer.ConsumerStreamId;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * Which changes a reader wants; every given criterion must hold. {@code kinds}: event types by simple class name
 * (any of them). {@code provider}: the provider's streams (every incarnation and its profile) and the events of
 * other streams that name it (a consumer's allocations on it, their release). {@code consumer}: likewise. {@code
 * project}: changes made by callers of that project, and consumer allocations written for that project.
 */
public record ChangeFilter(Set<String> kinds, UUID provider, UUID consumer, String project) {
    public static final ChangeFilter ALL = new ChangeFilter(Set.of(), null, null, null);

    public ChangeFilter {
        kinds = Set.copyOf(kinds);
    }

    public boolean isAll() {
        return kinds.isEmpty() && provider == null && consumer == null && project == null;
    }

    public boolean matches(Change change) {
        return matchesStream(change.stream(), change.kind(), change.payload())
                && matchesContext(change.stream(), change.payload(), change.context());
    }

    /** What the row itself says: kind, stream, payload. */
    boolean matchesStream(String stream, String kind, byte[] payload) {
        if (!kinds.isEmpty() && !kinds.contains(kind)) {
            return false;
        }
        if (provider != null && !(isStreamOf(stream, provider.toString()) || names(payload, provider.toString()))) {
            return false;
        }
        if (consumer != null
                && !(isStreamOf(stream, ConsumerStreamId.prefix() + consumer) || names(payload, consumer.toString()))) {
            return false;
        }
        return true;
    }

    /** What needs the metadata read: the caller's project. */
    boolean matchesContext(String stream, byte[] payload, ChangeContext context) {
        return project == null
                || project.equals(context.project())
                || (stream.startsWith(ConsumerStreamId.prefix())
                        && names(payload, "\"projectId\":\"" + project + "\""));
    }

    /** {@code uuid}, {@code uuid.N} (a later incarnation) and {@code .../profile} streams of one uuid. */
    private static boolean isStreamOf(String stream, String id) {
        return stream.startsWith(id)
                && (stream.length() == id.length()
                        || stream.charAt(id.length()) == '.'
                        || stream.charAt(id.length()) == '/');
    }

    private static boolean names(byte[] payload, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= payload.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (payload[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
