package io.inventoryledger.projections.rebuild;

/**
 * One row of {@code domain_event_entry} as a bulk rebuild reads it: what locates and decodes the event, nothing
 * more (no metadata: the projections read only the payload, the stream sequence and the time).
 */
record EventRow(
        long globalIndex,
        String type,
        String aggregateIdentifier,
        long sequenceNumber,
        String timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payload) {}
