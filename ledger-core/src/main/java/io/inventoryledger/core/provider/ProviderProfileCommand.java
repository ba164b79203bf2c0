package io.inventoryledger.core.provider;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands to a provider's profile stream (name and parent), which do not move its generation. */
public sealed interface ProviderProfileCommand {

    /**
     * PUT /resource_providers/{uuid}. {@code parentGiven} tells an explicit {@code null} parent (un-parent)
     * from an absent one; {@code reparentingAllowed} is Placement's 1.37 switch.
     */
    record UpdateResourceProvider(
            UUID providerUuid,
            int incarnation,
            String name,
            boolean parentGiven,
            UUID parentProviderUuid,
            boolean reparentingAllowed)
            implements ProviderProfileCommand {
        @TargetAggregateIdentifier
        public String profileId() {
            return ProviderStreamId.profileOf(ProviderStreamId.of(providerUuid, incarnation));
        }
    }

    /** PUT /resource_providers/{uuid}/aggregates below 1.19, which Placement does not count in the generation. */
    record ReplaceAggregatesUncounted(UUID providerUuid, int incarnation, List<UUID> aggregates)
            implements ProviderProfileCommand {
        public ReplaceAggregatesUncounted {
            aggregates = List.copyOf(aggregates);
        }

        @TargetAggregateIdentifier
        public String profileId() {
            return ProviderStreamId.profileOf(ProviderStreamId.of(providerUuid, incarnation));
        }
    }
}
