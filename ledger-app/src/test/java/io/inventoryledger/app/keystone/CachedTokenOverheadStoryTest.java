package io.inventoryledger.app.keystone;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.KeystoneServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.RealKeystone.Scope;
import io.inventoryledger.app.support.RealKeystone.User;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A token validated once costs a cached request at most 1 ms at the median: the same request (health, which
 * answers anyone, and shows a member no more than an anonymous caller) timed with and without a cached Keystone
 * token, interleaved so that the machine's load weighs on both alike.
 */
class CachedTokenOverheadStoryTest extends KeystoneServerTest {
    private static final int PAIRS = 400;

    @Test
    void a_cached_token_adds_at_most_a_millisecond_at_the_median() {
        PlacementClient member = as(User.MEMBER, Scope.PROJECT);
        PlacementClient nobody = anonymous();
        for (int i = 0; i < 50; i++) { // warm up both paths (and validate the token once)
            assertThat(member.get("/ledger/ops/health").status()).isEqualTo(200);
            assertThat(nobody.get("/ledger/ops/health").status()).isEqualTo(200);
        }
        long[] withToken = new long[PAIRS];
        long[] without = new long[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            withToken[i] = timed(member);
            without[i] = timed(nobody);
        }
        double overheadMillis = (median(withToken) - median(without)) / 1e6;
        System.out.printf(
                "cached Keystone token: %.3f ms vs anonymous %.3f ms at the median (%+.3f ms) over %d requests each%n",
                median(withToken) / 1e6, median(without) / 1e6, overheadMillis, PAIRS);
        assertThat(overheadMillis).isLessThanOrEqualTo(1.0);
    }

    private static long timed(PlacementClient client) {
        long start = System.nanoTime();
        int status = client.get("/ledger/ops/health").status();
        long took = System.nanoTime() - start;
        assertThat(status).isEqualTo(200);
        return took;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
