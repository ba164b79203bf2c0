package io.inventoryledger.core.provider;

import static io.inventoryledger.core.provider.Providers.CN1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.ErrorCodes;
import org.junit.jupiter.api.Test;

class ProviderAddressTest {
    @Test
    void anIncarnationIsAddressedByItsOwnStream() {
        assertThat(new ProviderAddress(CN1, 1, 0).streamId()).isEqualTo(CN1.toString());
        assertThat(new ProviderAddress(CN1, 3, 0).streamId()).isEqualTo(CN1 + ".3");
    }

    @Test
    void aStaleGenerationIsAConcurrentUpdate() {
        ProviderAddress address = new ProviderAddress(CN1, 1, 4);

        assertThatCode(() -> address.requireGeneration(4)).doesNotThrowAnyException();
        assertThatThrownBy(() -> address.requireGeneration(3))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCodes.CONCURRENT_UPDATE));
    }
}
