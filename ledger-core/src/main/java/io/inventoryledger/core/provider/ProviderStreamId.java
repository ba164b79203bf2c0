package io.inventoryledger.core.provider;

import java.util.Optional;
import java.util.UUID;

/**
 * The event stream (aggregate identifier) of one incarnation of a provider. Placement lets a uuid be
 * created again after it was deleted, with generation 0: every incarnation gets a stream of its own,
 * so that the stream's sequence number stays the generation.
 */
public final class ProviderStreamId {
    private static final String PROFILE = "/profile";

    private ProviderStreamId() {}

    public static String of(UUID provider, int incarnation) {
        return incarnation <= 1 ? provider.toString() : provider + "." + incarnation;
    }

    /** The stream that holds name and parent changes, which Placement does not count in the generation. */
    public static String profileOf(String providerStreamId) {
        return providerStreamId + PROFILE;
    }

    /** True for a profile stream ({@link #profileOf}). */
    public static boolean isProfile(String streamId) {
        return streamId.endsWith(PROFILE);
    }

    /** The provider whose stream (any incarnation, or its profile) {@code streamId} is; empty for other streams. */
    public static Optional<UUID> providerOf(String streamId) {
        if (streamId.length() < 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(streamId.substring(0, 36));
            String rest = streamId.substring(36);
            return rest.isEmpty() || rest.startsWith(".") || rest.startsWith("/")
                    ? Optional.of(uuid)
                    : Optional.empty();
        } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }
}
