package io.inventoryledger.app.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.Claims;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.projections.candidateindex.CandidateIndexCommandHook;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The node that wrote sees its write in the very next candidates query: the follower passes over this node's own
 * events, so only the after-command hook can have refreshed the index. Every command, refused or not, leaves the
 * hook with nothing pending.
 */
class CandidateIndexCommandHookStoryTest extends LedgerServerTest {
    @Autowired
    CandidateIndexCommandHook hook;

    @Test
    void aClaimIsSeenByTheNextQueryAndARefusedOneLeavesNothingPending() {
        CandidateWorld world = new CandidateWorld(api);
        String rp = world.provider("cn1");
        world.inventories(rp, "\"VCPU\":{\"total\":4}");
        assertThat(candidates("VCPU:4")).hasSize(1);

        String claim = Claims.vcpu(rp, 3);
        assertThat(api.microversion("1.28")
                        .put("/allocations/" + UUID.randomUUID(), claim)
                        .status())
                .isEqualTo(204);

        assertThat(candidates("VCPU:2")).isEmpty();
        assertThat(candidates("VCPU:1")).hasSize(1);
        assertThat(api.microversion("1.28")
                        .put("/allocations/" + UUID.randomUUID(), claim)
                        .status())
                .isEqualTo(409);
        assertThat(hook.pending()).isZero();
    }

    private List<?> candidates(String resources) {
        return api.microversion("1.12")
                .get("/allocation_candidates?resources=" + resources)
                .json("$.allocation_requests");
    }
}
