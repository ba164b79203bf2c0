package io.inventoryledger.projections.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The engine against a brute-force enumeration, on small random worlds (some of them trees of three levels with a
 * sharing provider, queried with same_subtree) and random requests.
 */
class CandidateEnginePropertyTest {
    private final CandidateEngine engine = new CandidateEngine(EngineSettings.unbounded());

    @Property(tries = 3000)
    void findsExactlyTheCandidatesOfABruteForceEnumeration(@ForAll long seed) {
        RandomCase c = RandomCase.generate(seed);
        Set<AllocationRequest> expected = new BruteForceCandidates(c.providers).find(c.request);

        AllocationCandidates found = engine.find(c.world(), c.request);

        assertThat(new HashSet<>(found.allocationRequests())).as(c.toString()).isEqualTo(expected);
        assertThat(found.allocationRequests()).as("no duplicates").doesNotHaveDuplicates();
    }

    /** The same world reached through several edits: tree capacities rebuilt, memoised parts handed on or not. */
    @Property(tries = 1000)
    void aWorldReachedEditByEditAnswersAsOneBuiltAtOnce(@ForAll long seed) {
        RandomCase c = RandomCase.generate(seed);
        Set<AllocationRequest> expected = new BruteForceCandidates(c.providers).find(c.request);

        AllocationCandidates found = engine.find(c.worldInSteps(engine), c.request);

        assertThat(new HashSet<>(found.allocationRequests())).as(c.toString()).isEqualTo(expected);
    }

    @Property(tries = 500)
    void aLimitReturnsThatManyOfTheCandidates(@ForAll long seed) {
        RandomCase c = RandomCase.generate(seed);
        ProviderWorld world = c.world();
        Set<AllocationRequest> all = new HashSet<>(engine.find(world, c.request).allocationRequests());
        CandidateEngine randomized = new CandidateEngine(
                new EngineSettings(Integer.MAX_VALUE, Long.MAX_VALUE, true), () -> new SplittableRandom(seed));

        AllocationCandidates limited = engine.find(world, c.request.withLimit(2));
        AllocationCandidates sampled = randomized.find(world, c.request.withLimit(2));

        assertThat(limited.allocationRequests()).hasSize(Math.min(2, all.size()));
        assertThat(all).containsAll(limited.allocationRequests());
        assertThat(sampled.allocationRequests()).hasSize(Math.min(2, all.size()));
        assertThat(all).containsAll(sampled.allocationRequests());
        assertThat(sampled.allocationRequests()).doesNotHaveDuplicates();
    }
}
