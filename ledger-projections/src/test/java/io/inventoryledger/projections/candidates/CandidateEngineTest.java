package io.inventoryledger.projections.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.core.provider.Inventory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CandidateEngineTest {
    private static final String AGG = "5e36a7a8-4e8f-4c8e-a1d5-0b36c9a4d3b2";
    private final CandidateEngine engine = new CandidateEngine(EngineSettings.defaults());

    private static UUID rp(int n) {
        return new UUID(0xcafeL, n);
    }

    private static RequestGroup group(String suffix, String rc, long amount) {
        return RequestGroup.of(suffix, Map.of(rc, amount));
    }

    @Test
    void aSharedDiskServesEveryComputeInItsAggregate() {
        ProviderWorld world = ProviderWorld.builder()
                .putProvider(rp(1), null)
                .setInventory(rp(1), "VCPU", Inventory.ofTotal(8))
                .setAggregates(rp(1), List.of(AGG))
                .putProvider(rp(2), null)
                .setInventory(rp(2), "VCPU", Inventory.ofTotal(8))
                .setAggregates(rp(2), List.of(AGG))
                .putProvider(rp(3), null)
                .setInventory(rp(3), "VCPU", Inventory.ofTotal(8))
                .putProvider(rp(9), null)
                .setInventory(rp(9), "DISK_GB", Inventory.ofTotal(100))
                .setTraits(rp(9), List.of("MISC_SHARES_VIA_AGGREGATE"))
                .setAggregates(rp(9), List.of(AGG))
                .apply();

        AllocationCandidates found =
                engine.find(world, CandidateRequest.of(null, RequestGroup.of("", Map.of("VCPU", 1L, "DISK_GB", 10L))));

        assertThat(found.allocationRequests())
                .extracting(AllocationRequest::allocations)
                .containsExactlyInAnyOrder(
                        Map.of(rp(1), Map.of("VCPU", 1L), rp(9), Map.of("DISK_GB", 10L)),
                        Map.of(rp(2), Map.of("VCPU", 1L), rp(9), Map.of("DISK_GB", 10L)));
        assertThat(found.allocationRequests().get(0).mappings().get(""))
                .hasSize(2)
                .contains(rp(9));
        assertThat(found.providerSummaries())
                .extracting(ProviderSummary::uuid)
                .containsExactlyInAnyOrder(rp(1), rp(2), rp(9));
    }

    @Test
    void theUnnumberedGroupSpansATreeFrom129Only() {
        ProviderWorld world = ProviderWorld.builder()
                .putProvider(rp(1), null)
                .setInventory(rp(1), "MEMORY_MB", Inventory.ofTotal(4096))
                .putProvider(rp(2), rp(1))
                .setInventory(rp(2), "VCPU", Inventory.ofTotal(4))
                .apply();
        CandidateRequest request =
                CandidateRequest.of(null, RequestGroup.of("", Map.of("VCPU", 1L, "MEMORY_MB", 512L)));

        AllocationCandidates nested = engine.find(world, request.withNestedAware(true));
        AllocationCandidates flat = engine.find(world, request.withNestedAware(false));

        assertThat(nested.allocationRequests())
                .singleElement()
                .extracting(AllocationRequest::allocations)
                .isEqualTo(Map.of(rp(1), Map.of("MEMORY_MB", 512L), rp(2), Map.of("VCPU", 1L)));
        assertThat(nested.providerSummaries()).hasSize(2);
        assertThat(flat.allocationRequests()).isEmpty();
    }

    @Test
    void summariesCoverTheWholeTreeWithCapacityUsageTraitsAndPlace() {
        ProviderWorld world = ProviderWorld.builder()
                .putProvider(rp(1), null)
                .setTraits(rp(1), List.of("HW_NUMA_ROOT"))
                .putProvider(rp(2), rp(1))
                .setInventory(rp(2), "VCPU", new Inventory(8, 2, 1, 8, 1, 2.0))
                .setUsed(rp(2), "VCPU", 3)
                .putProvider(rp(3), rp(1))
                .apply();

        AllocationCandidates found = engine.find(world, CandidateRequest.of(null, group("", "VCPU", 1)));

        assertThat(found.providerSummaries()).extracting(ProviderSummary::uuid).containsExactly(rp(1), rp(2), rp(3));
        ProviderSummary child = found.providerSummaries().get(1);
        assertThat(child.resources()).containsExactly(Map.entry("VCPU", new ProviderSummary.Usage(12, 3)));
        assertThat(child.parentUuid()).isEqualTo(rp(1));
        assertThat(child.rootUuid()).isEqualTo(rp(1));
        assertThat(found.providerSummaries().get(0).traits()).containsExactly("HW_NUMA_ROOT");
    }

    @Test
    void isolateKeepsGranularGroupsOnDifferentProviders() {
        ProviderWorld world = ProviderWorld.builder()
                .putProvider(rp(1), null)
                .putProvider(rp(2), rp(1))
                .setInventory(rp(2), "SRIOV_NET_VF", Inventory.ofTotal(4))
                .putProvider(rp(3), rp(1))
                .setInventory(rp(3), "SRIOV_NET_VF", Inventory.ofTotal(4))
                .apply();
        RequestGroup one = group("1", "SRIOV_NET_VF", 1);
        RequestGroup two = group("2", "SRIOV_NET_VF", 1);

        assertThat(engine.find(world, CandidateRequest.of(GroupPolicy.ISOLATE, one, two))
                        .allocationRequests())
                .hasSize(2);
        assertThat(engine.find(world, CandidateRequest.of(GroupPolicy.NONE, one, two))
                        .allocationRequests())
                .extracting(AllocationRequest::allocations)
                .contains(Map.of(rp(2), Map.of("SRIOV_NET_VF", 2L)))
                .hasSize(4);
    }

    @Test
    void groupsOnOneProviderMustFitTogether() {
        ProviderWorld world = ProviderWorld.builder()
                .putProvider(rp(1), null)
                .setInventory(rp(1), "VCPU", new Inventory(4, 0, 1, 2, 1, 1.0))
                .apply();

        AllocationCandidates found =
                engine.find(world, CandidateRequest.of(GroupPolicy.NONE, group("1", "VCPU", 2), group("2", "VCPU", 1)));

        assertThat(found.allocationRequests()).as("3 exceeds max_unit 2").isEmpty();
    }

    @Test
    void sameSubtreeKeepsDevicesUnderTheChosenNumaNode() {
        ProviderWorld world = ProviderWorld.builder()
                .putProvider(rp(1), null)
                .putProvider(rp(10), rp(1))
                .setInventory(rp(10), "VCPU", Inventory.ofTotal(4))
                .putProvider(rp(11), rp(10))
                .setInventory(rp(11), "SRIOV_NET_VF", Inventory.ofTotal(4))
                .putProvider(rp(20), rp(1))
                .setInventory(rp(20), "VCPU", Inventory.ofTotal(4))
                .putProvider(rp(21), rp(20))
                .setInventory(rp(21), "SRIOV_NET_VF", Inventory.ofTotal(4))
                .apply();
        CandidateRequest request = CandidateRequest.of(
                        GroupPolicy.NONE, group("_CPU", "VCPU", 1), group("_NIC", "SRIOV_NET_VF", 1))
                .withSameSubtrees(List.of(Set.of("_CPU", "_NIC")));

        AllocationCandidates found = engine.find(world, request);

        assertThat(found.allocationRequests())
                .extracting(AllocationRequest::mappings)
                .containsExactlyInAnyOrder(
                        Map.of("_CPU", Set.of(rp(10)), "_NIC", Set.of(rp(11))),
                        Map.of("_CPU", Set.of(rp(20)), "_NIC", Set.of(rp(21))));
    }

    @Test
    void aResourcelessGroupAnchorsTheSubtreeWithoutTakingResources() {
        ProviderWorld world = ProviderWorld.builder()
                .putProvider(rp(1), null)
                .putProvider(rp(10), rp(1))
                .setTraits(rp(10), List.of("HW_NUMA_ROOT"))
                .putProvider(rp(11), rp(10))
                .setInventory(rp(11), "VCPU", Inventory.ofTotal(4))
                .apply();
        RequestGroup numa = new RequestGroup(
                "_NUMA", Map.of(), List.of(Set.of("HW_NUMA_ROOT")), Set.of(), List.of(), Set.of(), null);
        CandidateRequest request = CandidateRequest.of(GroupPolicy.NONE, group("_CPU", "VCPU", 1), numa)
                .withSameSubtrees(List.of(Set.of("_CPU", "_NUMA")));

        AllocationRequest found =
                engine.find(world, request).allocationRequests().get(0);

        assertThat(found.allocations()).containsOnlyKeys(rp(11));
        assertThat(found.mappings()).containsEntry("_NUMA", Set.of(rp(10)));
    }

    @Test
    void rootRequiredChoosesTreesByTheirRoot() {
        ProviderWorld world = ProviderWorld.builder()
                .putProvider(rp(1), null)
                .setTraits(rp(1), List.of("CUSTOM_GOLD"))
                .putProvider(rp(2), rp(1))
                .setInventory(rp(2), "VCPU", Inventory.ofTotal(4))
                .putProvider(rp(3), null)
                .setInventory(rp(3), "VCPU", Inventory.ofTotal(4))
                .apply();
        CandidateRequest request = CandidateRequest.of(null, group("", "VCPU", 1));

        assertThat(engine.find(world, request.withRoot(Set.of("CUSTOM_GOLD"), Set.of()))
                        .allocationRequests())
                .singleElement()
                .extracting(AllocationRequest::allocations)
                .isEqualTo(Map.of(rp(2), Map.of("VCPU", 1L)));
        assertThat(engine.find(world, request.withRoot(Set.of(), Set.of("CUSTOM_GOLD")))
                        .allocationRequests())
                .singleElement()
                .extracting(AllocationRequest::allocations)
                .isEqualTo(Map.of(rp(3), Map.of("VCPU", 1L)));
    }

    @Test
    void theBoundStopsAWideTreeFromMultiplyingWithoutEnd() {
        ProviderWorldEditor editor = ProviderWorld.builder().putProvider(rp(1), null);
        for (int child = 2; child <= 9; child++) {
            editor.putProvider(rp(child), rp(1)).setInventory(rp(child), "SRIOV_NET_VF", Inventory.ofTotal(64));
        }
        ProviderWorld world = editor.apply();
        RequestGroup[] groups = new RequestGroup[6];
        for (int g = 0; g < 6; g++) {
            groups[g] = group(String.valueOf(g + 1), "SRIOV_NET_VF", 1);
        }
        CandidateEngine bounded = new CandidateEngine(new EngineSettings(1_000, 10_000_000L, false));

        AllocationCandidates found = bounded.find(world, CandidateRequest.of(GroupPolicy.NONE, groups));

        assertThat(found.allocationRequests()).hasSize(1_000).doesNotHaveDuplicates();
        assertThat(found.truncated()).isTrue();
    }

    @Test
    void aLimitIsNotATruncation() {
        ProviderWorldEditor editor = ProviderWorld.builder();
        for (int n = 1; n <= 20; n++) {
            editor.putProvider(rp(n), null).setInventory(rp(n), "VCPU", Inventory.ofTotal(4));
        }

        AllocationCandidates found = engine.find(
                editor.apply(), CandidateRequest.of(null, group("", "VCPU", 1)).withLimit(5));

        assertThat(found.allocationRequests()).hasSize(5);
        assertThat(found.providerSummaries()).hasSize(5);
        assertThat(found.truncated()).isFalse();
    }

    @Test
    void aNewSnapshotSeesUsageWhileTheOldOneStaysAsItWas() {
        ProviderWorld before = ProviderWorld.builder()
                .putProvider(rp(1), null)
                .setInventory(rp(1), "VCPU", Inventory.ofTotal(4))
                .apply();
        CandidateRequest request = CandidateRequest.of(null, group("", "VCPU", 2));

        ProviderWorld after = before.edit().addUsed(rp(1), "VCPU", 3).apply();

        assertThat(engine.find(after, request).allocationRequests()).isEmpty();
        assertThat(engine.find(before, request).allocationRequests()).hasSize(1);
    }

    @Test
    void editsMoveProvidersBetweenTreesAndIndexes() {
        ProviderWorld world = ProviderWorld.builder()
                .putProvider(rp(1), null)
                .putProvider(rp(2), null)
                .putProvider(rp(3), rp(1))
                .setInventory(rp(3), "VCPU", Inventory.ofTotal(4))
                .putProvider(rp(4), rp(3))
                .apply();

        ProviderWorld moved =
                world.edit().putProvider(rp(3), rp(2)).removeProvider(rp(1)).apply();

        assertThat(moved.node(moved.idOf(rp(4))).root).isEqualTo(moved.idOf(rp(2)));
        assertThat(moved.providerCount()).isEqualTo(3);
        AllocationCandidates found = engine.find(moved, CandidateRequest.of(null, group("", "VCPU", 1)));
        assertThat(found.providerSummaries()).extracting(ProviderSummary::uuid).containsExactly(rp(2), rp(3), rp(4));
        ProviderWorld emptied = moved.edit().removeInventory(rp(3), "VCPU").apply();
        assertThat(engine.find(emptied, CandidateRequest.of(null, group("", "VCPU", 1)))
                        .allocationRequests())
                .isEmpty();
    }
}
