package io.inventoryledger.core.trait;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardTraitsTest {
    @Test
    void knowsTheTraitsPlacementShips() {
        assertThat(StandardTraits.NAMES)
                .hasSize(345)
                .contains("HW_CPU_X86_AVX2", "MISC_SHARES_VIA_AGGREGATE", "COMPUTE_STATUS_DISABLED")
                .isSorted();
        assertThat(StandardTraits.isStandard("CUSTOM_FAST")).isFalse();
    }
}
