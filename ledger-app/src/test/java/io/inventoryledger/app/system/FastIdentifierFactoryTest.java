package io.inventoryledger.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class FastIdentifierFactoryTest {

    @Test
    void axonFindsTheFastFactoryThroughTheServiceLoader() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(FastIdentifierFactory.class);
    }

    @Test
    void idsAreVersionFourUuidsWithoutRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            UUID id = UUID.fromString(IdentifierFactory.getInstance().generateIdentifier());
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(seen.add(id.toString())).isTrue();
        }
    }
}
