package io.inventoryledger.core.provider;

import static io.inventoryledger.core.provider.Providers.CN1;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderStreamIdTest {
    @Test
    void theFirstIncarnationIsNamedByTheUuidAlone() {
        assertThat(ProviderStreamId.of(CN1, 1)).isEqualTo(CN1.toString());
    }

    @Test
    void laterIncarnationsGetAStreamOfTheirOwn() {
        assertThat(ProviderStreamId.of(CN1, 2)).isEqualTo(CN1 + ".2");
    }

    @Test
    void theProfileStreamIsApartFromTheProviderStream() {
        assertThat(ProviderStreamId.profileOf(ProviderStreamId.of(CN1, 2))).isEqualTo(CN1 + ".2/profile");
    }
}
