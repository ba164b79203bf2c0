package io.inventoryledger.projections.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.core.provider.Inventory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Which candidates a {@code limit} brings back. In order: the first trees in id order, one candidate each before a
 * second from any (so a limited answer spreads over hosts). Under randomize: trees drawn uniformly, and within a
 * drawn tree a uniform pick among its candidates, never its first one by construction (Placement's
 * randomize_allocation_candidates samples the candidates at random).
 */
class CandidateSamplingTest {
    private static final int TREES = 4;

    /** Trees of a compute node with two NUMA children (VCPU each): two candidates per tree for VCPU:1. */
    private static ProviderWorld numaTrees() {
        ProviderWorldEditor editor = ProviderWorld.builder();
        for (int t = 0; t < TREES; t++) {
            editor.putProvider(root(t), null).setInventory(root(t), "DISK_GB", Inventory.ofTotal(100));
            for (int n = 0; n < 2; n++) {
                editor.putProvider(numa(t, n), root(t)).setInventory(numa(t, n), "VCPU", Inventory.ofTotal(8));
            }
        }
        return editor.apply();
    }

    private static UUID root(int tree) {
        return new UUID(0x5a5aL, tree * 10L);
    }

    private static UUID numa(int tree, int n) {
        return new UUID(0x5a5aL, tree * 10L + 1 + n);
    }

    private static final CandidateRequest VCPU =
            CandidateRequest.of(null, RequestGroup.of("", Map.of("VCPU", 1L))).withNestedAware(true);

    @Test
    void inOrderALimitTakesOneCandidatePerTreeBeforeASecondFromAny() {
        CandidateEngine engine = new CandidateEngine(EngineSettings.defaults());

        AllocationCandidates found = engine.find(numaTrees(), VCPU.withLimit(TREES + 1));

        assertThat(found.allocationRequests())
                .extracting(r -> r.allocations().keySet().iterator().next())
                .containsExactly(numa(0, 0), numa(1, 0), numa(2, 0), numa(3, 0), numa(0, 1));
        assertThat(found.stats().treesOpened()).isEqualTo(TREES);
    }

    @Test
    void randomizedALimitOfOneDrawsEveryCandidateEquallyOften() {
        SplittableRandom seeded = new SplittableRandom(17);
        CandidateEngine engine = new CandidateEngine(new EngineSettings(10_000, 10_000_000L, true), () -> seeded);
        ProviderWorld world = numaTrees();
        int draws = 8_000;
        Map<UUID, Integer> drawn = new HashMap<>();

        for (int i = 0; i < draws; i++) {
            List<AllocationRequest> found =
                    engine.find(world, VCPU.withLimit(1)).allocationRequests();
            assertThat(found).hasSize(1);
            drawn.merge(found.get(0).allocations().keySet().iterator().next(), 1, Integer::sum);
        }

        int candidates = TREES * 2;
        assertThat(drawn).hasSize(candidates);
        // 1,000 expected each; binomial sd ~30, so ±150 is five deviations
        assertThat(drawn.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1150));
    }

    @Test
    void aLimitStopsTheSearchAfterAsManyTreesAsItNeeds() {
        CandidateEngine engine = new CandidateEngine(EngineSettings.defaults());
        ProviderWorldEditor editor = ProviderWorld.builder();
        for (int i = 0; i < 1_000; i++) {
            UUID uuid = new UUID(0x7a7aL, i);
            editor.putProvider(uuid, null).setInventory(uuid, "VCPU", Inventory.ofTotal(8));
        }

        AllocationCandidates found = engine.find(
                editor.apply(),
                CandidateRequest.of(null, RequestGroup.of("", Map.of("VCPU", 1L)))
                        .withLimit(10));

        assertThat(found.allocationRequests()).hasSize(10);
        assertThat(found.stats().treesVisited()).isEqualTo(10);
    }

    @Test
    void aTreeWithoutRoomIsSkippedByItsCapacitySummary() {
        CandidateEngine engine = new CandidateEngine(EngineSettings.defaults());
        ProviderWorld world = numaTrees();
        ProviderWorldEditor full = world.edit();
        for (int t = 0; t < TREES - 1; t++) {
            full.setUsed(numa(t, 0), "VCPU", 8).setUsed(numa(t, 1), "VCPU", 8);
        }

        AllocationCandidates found = engine.find(full.apply(), VCPU);

        assertThat(found.allocationRequests()).hasSize(2);
        assertThat(found.stats().treesSkipped()).isEqualTo(TREES - 1);
        assertThat(found.stats().treesOpened()).isEqualTo(1);
    }
}
