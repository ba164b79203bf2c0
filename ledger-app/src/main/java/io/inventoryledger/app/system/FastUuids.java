package io.inventoryledger.app.system;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs from {@link ThreadLocalRandom}. Message and request ids must be unique, not
 * unguessable; {@link UUID#randomUUID()} draws from one shared {@code SecureRandom}, whose lock request
 * threads queued on under load.
 */
public final class FastUuids {
    private FastUuids() {}

    public static UUID random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low);
    }
}
