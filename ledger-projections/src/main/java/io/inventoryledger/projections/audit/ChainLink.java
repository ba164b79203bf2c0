package io.inventoryledger.projections.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An event's tamper-evidence link: SHA-256 over the previous event's link in the same stream (32 zero bytes for the
 * first) and the event's stream, sequence, id, types, time, payload and metadata, each field as a 4-byte length
 * (-1 for null) and its bytes, the sequence as 8 bytes. PostgreSQL's trigger (db/eventstore-postgresql V2, inline since V4) and the
 * embedded store's ({@link H2ChainLinkTrigger}) write it at append; {@link ChainVerifier} recomputes it.
 */
public final class ChainLink {
    public static final int SIZE = 32;
    private static final byte[] NONE = new byte[SIZE];

    private ChainLink() {}

    public static byte[] of(
            byte[] previous,
            String aggregateIdentifier,
            long sequenceNumber,
            String eventIdentifier,
            String type,
            String payloadType,
            String payloadRevision,
            String timeStamp,
            byte[] payload,
            byte[] metaData) {
        MessageDigest sha256 = sha256();
        sha256.update(previous == null ? NONE : previous);
        field(sha256, text(aggregateIdentifier));
        sha256.update(ByteBuffer.allocate(8).putLong(sequenceNumber).array());
        field(sha256, text(eventIdentifier));
        field(sha256, text(type));
        field(sha256, text(payloadType));
        field(sha256, text(payloadRevision));
        field(sha256, text(timeStamp));
        field(sha256, payload);
        field(sha256, metaData);
        return sha256.digest();
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(MessageDigest sha256, byte[] value) {
        sha256.update(
                ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha256.update(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
