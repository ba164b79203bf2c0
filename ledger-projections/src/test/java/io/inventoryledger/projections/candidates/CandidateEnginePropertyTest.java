package io.inventoryledger.projections.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The engine against a brute-force enumeration, on small random worlds and requests. */
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

    @Property(tries = 500)
    void aLimitReturnsThatManyOfTheCandidates(@ForAll long seed) {
        RandomCase c = RandomCase.generate(seed);
        ProviderWorld world = c.world();
        Set<AllocationRequest> all = new HashSet<>(engine.find(world, c.request).allocationRequests());

        AllocationCandidates limited = engine.find(world, c.request.withLimit(2));

        assertThat(limited.allocationRequests()).hasSize(Math.min(2, all.size()));
        assertThat(all).containsAll(limited.allocationRequests());
    }
}
