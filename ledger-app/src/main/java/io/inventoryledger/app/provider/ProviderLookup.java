package io.inventoryledger.app.provider;

import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.projections.provider.ProviderQueries;
import io.inventoryledger.projections.provider.ProviderRow;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Finds the provider a path names; a malformed or unknown uuid is a 404, as in Placement. */
@Component
class ProviderLookup {
    private final ProviderQueries queries;

    ProviderLookup(ProviderQueries queries) {
        this.queries = queries;
    }

    Optional<ProviderRow> find(String uuid) {
        UUID parsed = Uuids.parseOrNull(uuid);
        return parsed == null ? Optional.empty() : queries.find(parsed);
    }

    ProviderRow require(String uuid) {
        return find(uuid)
                .orElseThrow(
                        () -> PlacementHttpException.notFound("No resource provider with uuid " + uuid + " found"));
    }
}
