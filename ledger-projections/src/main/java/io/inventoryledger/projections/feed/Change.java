package io.inventoryledger.projections.feed;

import java.util.Map;

/**
 * One event of the change feed as stored: its place in the feed ({@code position}: resume after it from there), its
 * stream and sequence, its type, its payload (the serialized JSON, untouched) and its metadata (request ids,
 * principal, node, time of the request).
 */
public record Change(
        long globalIndex,
        String position,
        String stream,
        long sequence,
        String kind,
        String payloadType,
        String revision,
        String eventId,
        String time,
        byte[] payload,
        Map<String, Object> metadata) {}
