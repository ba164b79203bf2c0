package io.inventoryledger.core.provider;

import java.util.UUID;

/**
 * The event stream (aggregate identifier) of one incarnation of a provider. Placement lets a uuid be
 * created again after it was deleted, with generation 0: every incarnation gets a stream of its own,
 * so that the stream's sequence number stays the generation.
 */
public final class ProviderStreamId {
    private ProviderStreamId() {}

    public static String of(UUID provider, int incarnation) {
        return incarnation <= 1 ? provider.toString() : provider + "." + incarnation;
    }

    /** The stream that holds name and parent changes, which Placement does not count in the generation. */
    public static String profileOf(String providerStreamId) {
        return providerStreamId + "/profile";
    }
}
