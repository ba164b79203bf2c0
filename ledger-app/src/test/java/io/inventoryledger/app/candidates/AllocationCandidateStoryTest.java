package io.inventoryledger.app.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /allocation_candidates through the API, parameter by parameter and at each microversion boundary. */
class AllocationCandidateStoryTest extends LedgerServerTest {
    private CandidateWorld world;

    @BeforeEach
    void world() {
        world = new CandidateWorld(api);
    }

    private String compute(String name) {
        String rp = world.provider(name);
        world.inventories(rp, "\"VCPU\":{\"total\":8},\"MEMORY_MB\":{\"total\":4096},\"DISK_GB\":{\"total\":100}");
        return rp;
    }

    private Reply candidates(String version, String query) {
        return api.microversion(version).get("/allocation_candidates?" + query);
    }

    /** The index may lag the ledger by a few ms on other nodes: wait for the expected count. */
    private Reply awaitCount(String version, String query, int count) {
        Reply[] last = new Reply[1];
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            last[0] = candidates(version, query);
            assertThat(last[0].status()).isEqualTo(200);
            assertThat((List<?>) last[0].json("$.allocation_requests")).hasSize(count);
        });
        return last[0];
    }

    private Map<String, Object> summaries(Reply reply) {
        return reply.json("$.provider_summaries");
    }

    @Test
    void theRouteExistsFromOneTen() {
        assertThat(candidates("1.9", "resources=VCPU:1").status()).isEqualTo(404);
        assertThat(candidates("1.10", "resources=VCPU:1").status()).isEqualTo(200);
    }

    @Test
    void aWriteIsVisibleToTheNextQueryOnTheSameNode() {
        String rp = compute("cn1");
        Reply reply = candidates("1.12", "resources=VCPU:1");
        assertThat((Map<String, Object>) reply.json("$.allocation_requests[0].allocations"))
                .containsOnlyKeys(rp);
    }

    @Test
    void belowOneTwelveRequestsAreListsAndFromOneTwelveDictsThatCanBePutBack() {
        String rp = compute("cn1");
        Reply list = awaitCount("1.11", "resources=VCPU:1,DISK_GB:10", 1);
        assertThat((String) list.json("$.allocation_requests[0].allocations[0].resource_provider.uuid"))
                .isEqualTo(rp);
        assertThat((Integer) list.json("$.allocation_requests[0].allocations[0].resources.DISK_GB"))
                .isEqualTo(10);

        Reply dict = candidates("1.12", "resources=VCPU:1,DISK_GB:10");
        Map<String, Object> allocations = dict.json("$.allocation_requests[0].allocations");
        assertThat(allocations).containsOnlyKeys(rp);
        String body = "{\"allocations\":" + JsonPath.parse(allocations).jsonString() + ",\"project_id\":\""
                + CandidateWorld.PROJECT + "\",\"user_id\":\"" + CandidateWorld.USER + "\"}";
        assertThat(api.microversion("1.12")
                        .put("/allocations/" + java.util.UUID.randomUUID(), body)
                        .status())
                .isEqualTo(204);
        Reply after = awaitCount("1.12", "resources=DISK_GB:91", 0);
        assertThat(after.status()).isEqualTo(200);
    }

    @Test
    void cacheHeadersFromOneFifteen() {
        compute("cn1");
        assertThat(candidates("1.14", "resources=VCPU:1").header("last-modified"))
                .isNull();
        Reply reply = candidates("1.15", "resources=VCPU:1");
        assertThat(reply.header("last-modified")).isNotNull();
        assertThat(reply.header("cache-control")).isEqualTo("no-cache");
    }

    @Test
    void limitFromOneSixteenTrimsRequestsAndSummaries() {
        compute("cn1");
        compute("cn2");
        compute("cn3");
        awaitCount("1.16", "resources=VCPU:1", 3);
        Reply limited = candidates("1.16", "resources=VCPU:1&limit=2");
        assertThat((List<?>) limited.json("$.allocation_requests")).hasSize(2);
        assertThat(summaries(limited)).hasSize(2);
        Reply tooEarly = candidates("1.15", "resources=VCPU:1&limit=2");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(candidates("1.16", "resources=VCPU:1&limit=0").status()).isEqualTo(400);
    }

    @Test
    void requiredTraitsFromOneSeventeenAndSummariesShowTraits() {
        String fast = compute("fast");
        compute("slow");
        world.traits(fast, "HW_CPU_X86_AVX2");
        Reply reply = awaitCount("1.17", "resources=VCPU:1&required=HW_CPU_X86_AVX2", 1);
        assertThat((List<String>) reply.json("$.provider_summaries['" + fast + "'].traits"))
                .containsExactly("HW_CPU_X86_AVX2");
        assertThat(candidates("1.16", "resources=VCPU:1&required=HW_CPU_X86_AVX2")
                        .status())
                .isEqualTo(400);
        assertThat((Object) candidates("1.16", "resources=VCPU:1").json("$.provider_summaries['" + fast + "']"))
                .asString()
                .doesNotContain("traits");
    }

    @Test
    void forbiddenTraitsFromOneTwentyTwo() {
        String fast = compute("fast");
        String slow = compute("slow");
        world.traits(fast, "HW_CPU_X86_AVX2");
        Reply reply = awaitCount("1.22", "resources=VCPU:1&required=!HW_CPU_X86_AVX2", 1);
        assertThat(summaries(reply)).containsOnlyKeys(slow);
        assertThat(candidates("1.21", "resources=VCPU:1&required=!HW_CPU_X86_AVX2")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anyOfTraitsAndRepeatedRequiredFromOneThirtyNine() {
        String a = compute("a");
        String b = compute("b");
        compute("c");
        world.traits(a, "HW_CPU_X86_AVX2", "STORAGE_DISK_SSD");
        world.traits(b, "HW_CPU_X86_SSE", "STORAGE_DISK_SSD");
        awaitCount("1.39", "resources=VCPU:1&required=in:HW_CPU_X86_AVX2,HW_CPU_X86_SSE", 2);
        Reply both = candidates(
                "1.39",
                "resources=VCPU:1&required=in:HW_CPU_X86_AVX2,HW_CPU_X86_SSE"
                        + "&required=STORAGE_DISK_SSD&required=!HW_CPU_X86_SSE");
        assertThat(summaries(both)).containsOnlyKeys(a);
        Reply early = candidates("1.38", "resources=VCPU:1&required=in:HW_CPU_X86_AVX2,HW_CPU_X86_SSE");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorCode()).isEqualTo("placement.undefined_code");
    }

    @Test
    void memberOfFromOneTwentyOneAndForbiddenAggregatesFromOneThirtyTwo() {
        String agg = "a1b2c3d4-0000-4000-8000-000000000001";
        String in = compute("in");
        String out = compute("out");
        world.aggregates(in, agg);
        Reply reply = awaitCount("1.21", "resources=VCPU:1&member_of=" + agg, 1);
        assertThat(summaries(reply)).containsOnlyKeys(in);
        assertThat(candidates("1.20", "resources=VCPU:1&member_of=" + agg).status())
                .isEqualTo(400);
        assertThat(summaries(candidates("1.32", "resources=VCPU:1&member_of=!" + agg)))
                .containsOnlyKeys(out);
        assertThat(candidates("1.31", "resources=VCPU:1&member_of=!" + agg).status())
                .isEqualTo(400);
        assertThat(summaries(candidates("1.24", "resources=VCPU:1&member_of=in:" + agg + "&member_of=" + agg)))
                .containsOnlyKeys(in);
    }

    @Test
    void granularGroupsFromOneTwentyFiveNeedAGroupPolicy() {
        String cn = compute("cn");
        String gpu1 = world.provider("gpu1", cn);
        String gpu2 = world.provider("gpu2", cn);
        world.inventories(gpu1, "\"VGPU\":{\"total\":2}");
        world.inventories(gpu2, "\"VGPU\":{\"total\":2}");
        String two = "resources1=VGPU:1&resources2=VGPU:1";
        Reply missing = candidates("1.25", two);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("The \\\"group_policy\\\" parameter is required");
        Reply isolated = awaitCount("1.29", two + "&group_policy=isolate", 2);
        assertThat(summaries(isolated)).containsOnlyKeys(cn, gpu1, gpu2);
        awaitCount("1.29", two + "&group_policy=none", 4);
        assertThat(candidates("1.24", "resources1=VGPU:1").status()).isEqualTo(400);
    }

    @Test
    void stringSuffixesFromOneThirtyThreeAndMappingsFromOneThirtyFour() {
        String cn = compute("cn");
        Reply mapped = awaitCount("1.34", "resources_CPU=VCPU:1&resources=DISK_GB:1&group_policy=none", 1);
        assertThat((List<String>) mapped.json("$.allocation_requests[0].mappings._CPU"))
                .containsExactly(cn);
        assertThat((List<String>) mapped.json("$.allocation_requests[0].mappings['']"))
                .containsExactly(cn);
        Reply unmapped = candidates("1.33", "resources_CPU=VCPU:1");
        assertThat(unmapped.body()).doesNotContain("mappings");
        assertThat(candidates("1.32", "resources_CPU=VCPU:1").status()).isEqualTo(400);
    }

    @Test
    void summariesCarryOnlyRequestedClassesBeforeOneTwentySeven() {
        String cn = compute("cn");
        awaitCount("1.27", "resources=VCPU:1", 1);
        assertThat((Map<String, Object>)
                        candidates("1.26", "resources=VCPU:1").json("$.provider_summaries['" + cn + "'].resources"))
                .containsOnlyKeys("VCPU");
        assertThat((Map<String, Object>)
                        candidates("1.27", "resources=VCPU:1").json("$.provider_summaries['" + cn + "'].resources"))
                .containsOnlyKeys("VCPU", "MEMORY_MB", "DISK_GB");
    }

    @Test
    void reservedEqualToTotalLeavesNothingToOffer() {
        String cn = world.provider("cn");
        world.inventories(cn, "\"VCPU\":{\"total\":4,\"reserved\":4},\"DISK_GB\":{\"total\":10}");
        awaitCount("1.26", "resources=DISK_GB:1", 1);
        assertThat((List<?>) candidates("1.26", "resources=VCPU:1").json("$.allocation_requests"))
                .isEmpty();
    }

    @Test
    void nestedTreesCombineFromOneTwentyNineWithParentAndRootInSummaries() {
        String cn = world.provider("cn");
        String numa = world.provider("numa", cn);
        world.inventories(cn, "\"DISK_GB\":{\"total\":100}");
        world.inventories(numa, "\"VCPU\":{\"total\":4}");
        Reply nested = awaitCount("1.29", "resources=VCPU:1,DISK_GB:10", 1);
        assertThat((Map<String, Object>) nested.json("$.allocation_requests[0].allocations"))
                .containsOnlyKeys(cn, numa);
        assertThat((String) nested.json("$.provider_summaries['" + numa + "'].parent_provider_uuid"))
                .isEqualTo(cn);
        assertThat((String) nested.json("$.provider_summaries['" + numa + "'].root_provider_uuid"))
                .isEqualTo(cn);
        assertThat((List<?>) candidates("1.28", "resources=VCPU:1,DISK_GB:10").json("$.allocation_requests"))
                .isEmpty();
    }

    @Test
    void inTreeFromOneThirtyOne() {
        String a = compute("a");
        compute("b");
        Reply reply = awaitCount("1.31", "resources=VCPU:1&in_tree=" + a, 1);
        assertThat(summaries(reply)).containsOnlyKeys(a);
        assertThat(candidates("1.30", "resources=VCPU:1&in_tree=" + a).status()).isEqualTo(400);
    }

    @Test
    void rootRequiredFromOneThirtyFiveOnceOnly() {
        String a = compute("a");
        compute("b");
        world.traits(a, "COMPUTE_VOLUME_MULTI_ATTACH");
        Reply reply = awaitCount("1.35", "resources=VCPU:1&root_required=COMPUTE_VOLUME_MULTI_ATTACH", 1);
        assertThat(summaries(reply)).containsOnlyKeys(a);
        Reply twice = candidates(
                "1.35", "resources=VCPU:1&root_required=COMPUTE_VOLUME_MULTI_ATTACH" + "&root_required=!CUSTOM_X");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.errorCode()).isEqualTo("placement.query.duplicate_key");
        assertThat(candidates("1.34", "resources=VCPU:1&root_required=COMPUTE_VOLUME_MULTI_ATTACH")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void sameSubtreeWithAResourcelessGroupFromOneThirtySix() {
        String cn = world.provider("cn");
        String numa0 = world.provider("numa0", cn);
        String numa1 = world.provider("numa1", cn);
        String nic = world.provider("nic", numa1);
        world.traits(numa0, "HW_NUMA_ROOT");
        world.traits(numa1, "HW_NUMA_ROOT");
        world.inventories(numa0, "\"VCPU\":{\"total\":4}");
        world.inventories(numa1, "\"VCPU\":{\"total\":4}");
        world.inventories(nic, "\"SRIOV_NET_VF\":{\"total\":4}");
        String query = "resources_CPU=VCPU:1&resources_NET=SRIOV_NET_VF:1&required_NUMA=HW_NUMA_ROOT"
                + "&same_subtree=_CPU,_NET,_NUMA&group_policy=none";
        Reply reply = awaitCount("1.36", query, 1);
        assertThat((List<String>) reply.json("$.allocation_requests[0].mappings._NUMA"))
                .containsExactly(numa1);
        assertThat((List<String>) reply.json("$.allocation_requests[0].mappings._CPU"))
                .containsExactly(numa1);
        Reply early = candidates("1.35", query);
        assertThat(early.status()).isEqualTo(400);
    }

    @Test
    void sharingProvidersServeTheUnnumberedGroupThroughAnAggregate() {
        String agg = "a1b2c3d4-0000-4000-8000-000000000002";
        String cn = world.provider("cn");
        world.inventories(cn, "\"VCPU\":{\"total\":8}");
        String storage = world.provider("storage");
        world.inventories(storage, "\"DISK_GB\":{\"total\":1000}");
        world.traits(storage, "MISC_SHARES_VIA_AGGREGATE");
        world.aggregates(cn, agg);
        world.aggregates(storage, agg);
        Reply reply = awaitCount("1.12", "resources=VCPU:1,DISK_GB:100", 1);
        assertThat((Map<String, Object>) reply.json("$.allocation_requests[0].allocations"))
                .containsOnlyKeys(cn, storage);
    }

    @Test
    void claimsAndReleasesMoveUsageInTheSummariesAndTheCandidates() {
        String cn = compute("cn");
        String consumer = world.claim("\"" + cn + "\":{\"resources\":{\"VCPU\":6}}");
        Reply after = awaitCount("1.12", "resources=VCPU:2", 1);
        assertThat((Integer) after.json("$.provider_summaries['" + cn + "'].resources.VCPU.used"))
                .isEqualTo(6);
        awaitCount("1.12", "resources=VCPU:3", 0);
        world.release(consumer);
        Reply released = awaitCount("1.12", "resources=VCPU:3", 1);
        assertThat((Integer) released.json("$.provider_summaries['" + cn + "'].resources.VCPU.used"))
                .isEqualTo(0);
    }

    @Test
    void aConsumerMovedToAnotherProviderFreesTheFirst() {
        String a = compute("a");
        String b = compute("b");
        String consumer = world.claim("\"" + a + "\":{\"resources\":{\"VCPU\":8}}");
        awaitCount("1.12", "resources=VCPU:1", 1);
        String move = "{\"allocations\":{\"" + b + "\":{\"resources\":{\"VCPU\":8}}},\"project_id\":\""
                + CandidateWorld.PROJECT + "\",\"user_id\":\"" + CandidateWorld.USER + "\",\"consumer_generation\":1,"
                + "\"consumer_type\":\"INSTANCE\"}";
        assertThat(api.microversion("1.38")
                        .put("/allocations/" + consumer, move)
                        .status())
                .isEqualTo(204);
        Reply reply = awaitCount("1.12", "resources=VCPU:1", 1);
        assertThat(summaries(reply)).containsOnlyKeys(a);
    }

    @Test
    void deletedAndReparentedProvidersFollowTheLedger() {
        String a = compute("a");
        String b = compute("b");
        awaitCount("1.29", "resources=VCPU:1", 2);
        assertThat(api.delete("/resource_providers/" + a).status()).isEqualTo(204);
        Reply reply = awaitCount("1.29", "resources=VCPU:1", 1);
        assertThat(summaries(reply)).containsOnlyKeys(b);
        String parent = world.provider("parent");
        assertThat(api.microversion("1.37")
                        .put("/resource_providers/" + b, "{\"name\":\"b\",\"parent_provider_uuid\":\"" + parent + "\"}")
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat((String) candidates("1.29", "resources=VCPU:1")
                                .json("$.provider_summaries['" + b + "'].root_provider_uuid"))
                        .isEqualTo(parent));
    }

    @Test
    void badQueriesAreRefusedWithPlacementsCodes() {
        compute("cn");
        assertRefused("1.25", "resources=VCPU:1&resources1=", "placement.undefined_code");
        assertRefused("1.23", "resources=NOT_A_CLASS:1", "placement.undefined_code");
        assertRefused("1.23", "resources=VCPU:1&required=CUSTOM_NOBODY", "placement.undefined_code");
        assertRefused("1.23", "resources=VCPU:x", "placement.undefined_code");
        assertRefused("1.25", "required1=HW_CPU_X86_AVX2&resources=VCPU:1", "placement.undefined_code");
        assertRefused("1.33", "resources_" + "x".repeat(65) + "=VCPU:1", "placement.undefined_code");
        assertRefused("1.36", "resources=VCPU:1&required_A=HW_NUMA_ROOT", "placement.query.bad_value");
        assertRefused("1.36", "required_A=HW_NUMA_ROOT&same_subtree=_A", "placement.query.missing_value");
        assertRefused("1.23", "resources=VCPU:1&bogus=1", "placement.undefined_code");
        assertRefused("1.23", "", "placement.undefined_code");
    }

    private void assertRefused(String version, String query, String code) {
        Reply reply = candidates(version, query);
        assertThat(reply.status()).as(query).isEqualTo(400);
        assertThat(reply.errorCode()).as(query).isEqualTo(code);
    }

    @Test
    void onlyAdminsMayAsk() {
        PlacementClient user = PlacementClient.admin(baseUrl())
                .withHeader("X-Auth-Token", "user:project")
                .microversion("1.12");
        assertThat(user.get("/allocation_candidates?resources=VCPU:1").status()).isEqualTo(403);
    }
}
