package io.inventoryledger.projections.feed;

/**
 * One event of the change feed as stored: its place in the feed ({@code position}: resume after it from there), its
 * stream and sequence, its type, its payload (the serialized JSON, untouched) and what its metadata says of the request
 * that made it.
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
        ChangeContext context) {}
