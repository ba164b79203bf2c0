package io.inventoryledger.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GapTrackerTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final GapTracker tracker = new GapTracker(0, Duration.ofSeconds(60));

    private void observe(long index, Instant written) {
        tracker.observe(new StoredEvents.Position(index, written), NOW);
    }

    @Test
    void followsTheHighestIndexSeen() {
        observe(1, NOW);
        observe(2, NOW);

        assertThat(tracker.last()).isEqualTo(2);
        assertThat(tracker.gaps()).isEmpty();
    }

    @Test
    void remembersARecentGapAsPossiblyInFlight() {
        observe(1, NOW);
        observe(4, NOW);

        assertThat(tracker.gaps()).containsExactly(2L, 3L);
    }

    @Test
    void aGapThatFillsIsForgotten() {
        observe(1, NOW);
        observe(4, NOW);
        observe(2, NOW);

        assertThat(tracker.gaps()).containsExactly(3L);
        assertThat(tracker.last()).isEqualTo(4);
    }

    @Test
    void gapsInOldHistoryAreRolledBackAppendsAndCostNothing() {
        observe(1, NOW.minusSeconds(3600));
        observe(9, NOW.minusSeconds(3600));

        assertThat(tracker.gaps()).isEmpty();
    }

    @Test
    void aGapUnfilledForLongerThanTheTimeoutExpires() {
        observe(1, NOW);
        observe(3, NOW);

        tracker.expire(NOW.plusSeconds(61));

        assertThat(tracker.gaps()).isEmpty();
    }

    @Test
    void holdsAtMostItsBoundOfGapsDroppingTheLowest() {
        observe(1, NOW);
        observe(2 + GapTracker.MAX_GAPS + 100, NOW);
        observe(2 + GapTracker.MAX_GAPS + 103, NOW);

        assertThat(tracker.gaps()).hasSize(GapTracker.MAX_GAPS);
        assertThat(tracker.gaps())
                .contains(2L + GapTracker.MAX_GAPS + 101, 2L + GapTracker.MAX_GAPS + 102)
                .doesNotContain(2L + 100);
    }
}
