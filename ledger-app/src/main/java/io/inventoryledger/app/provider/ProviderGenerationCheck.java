package io.inventoryledger.app.provider;

import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.projections.provider.ProviderRow;
import org.springframework.http.HttpStatus;

/**
 * Placement compares the generation of trait and aggregate writes before anything else, with this
 * wording; the aggregate compares it again at commit.
 */
final class ProviderGenerationCheck {
    private ProviderGenerationCheck() {}

    static void require(ProviderRow provider, long generation) {
        if (provider.generation() != generation) {
            throw new PlacementHttpException(
                    HttpStatus.CONFLICT,
                    ErrorCodes.CONCURRENT_UPDATE,
                    "Resource provider's generation already changed. Please update the generation and try again.");
        }
    }
}
