package io.inventoryledger.projections.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.inventoryledger.projections.rebuild.GapTracker;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedPositionTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void aPositionWithoutGapsIsTheBareIndex() {
        assertThat(FeedPosition.parse("0")).isEqualTo(FeedPosition.START);
        assertThat(FeedPosition.parse("42").toString()).isEqualTo("42");
    }

    @Test
    void aPositionWithSeveralInFlightRangesSeenAtDifferentTimesReadsBackAsItWas() {
        GapTracker tracker = new GapTracker(0, TIMEOUT);
        tracker.observe(1, () -> NOW, NOW);
        tracker.observe(5, () -> NOW, NOW);
        tracker.observe(9, () -> NOW, NOW.plusMillis(250));
        tracker.observe(3, () -> NOW, NOW.plusMillis(300));

        FeedPosition position = FeedPosition.of(tracker);

        assertThat(position.gaps().keySet()).containsExactly(2L, 4L, 6L, 7L, 8L);
        assertThat(FeedPosition.parse(position.toString())).isEqualTo(position);
    }

    /** The feed's first read after the store was emptied: the first index is far above 0, recent, and more follow. */
    @Test
    void aPositionHoldingAsManyGapsAsATrackerCanIsAccepted() {
        GapTracker tracker = new GapTracker(0, TIMEOUT);
        long first = 4 * GapTracker.MAX_GAPS;
        tracker.observe(first, () -> NOW, NOW);
        tracker.observe(first + 10, () -> NOW, NOW.plusMillis(255));
        tracker.observe(first + 12, () -> NOW, NOW.plusMillis(900));

        FeedPosition position = FeedPosition.of(tracker);

        assertThat(position.gaps()).hasSize(GapTracker.MAX_GAPS);
        assertThat(FeedPosition.parse(position.toString())).isEqualTo(position);
    }

    @Test
    void aPositionClaimingMoreGapsThanATrackerHoldsIsRefused() {
        long last = 3L * GapTracker.MAX_GAPS;
        String ranges = "1+" + GapTracker.MAX_GAPS + "@1;" + (GapTracker.MAX_GAPS + 5) + "+1@1";
        String text =
                last + "-" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(ranges.getBytes());

        assertThatIllegalArgumentException().isThrownBy(() -> FeedPosition.parse(text));
    }

    @Test
    void aGapAtOrAboveTheIndexPassedIsRefused() {
        String text = "5-" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("5+1@1".getBytes());

        assertThatIllegalArgumentException().isThrownBy(() -> FeedPosition.parse(text));
    }
}
