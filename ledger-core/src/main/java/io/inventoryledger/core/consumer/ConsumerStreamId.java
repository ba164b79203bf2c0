package io.inventoryledger.core.consumer;

import java.util.UUID;

/**
 * The event stream of one incarnation of a consumer. A consumer ends with its last allocation and the
 * same uuid may come back later: each incarnation gets a stream of its own, so that its generation starts
 * over. The prefix keeps consumer streams apart from provider streams that happen to share a uuid.
 */
public final class ConsumerStreamId {
    private static final String PREFIX = "consumer/";

    private ConsumerStreamId() {}

    public static String of(UUID consumer, int incarnation) {
        return incarnation <= 1 ? PREFIX + consumer : PREFIX + consumer + "." + incarnation;
    }

    /** The prefix every consumer stream starts with (and no other stream does). */
    public static String prefix() {
        return PREFIX;
    }

    /** The consumer whose stream {@code streamId} is (any incarnation); refuses ids that name no consumer stream. */
    public static UUID consumerOf(String streamId) {
        if (!streamId.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a consumer stream: " + streamId);
        }
        String rest = streamId.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        return UUID.fromString(dot < 0 ? rest : rest.substring(0, dot));
    }
}
