package io.inventoryledger.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit history told through the API: a provider's life (inventories, traits, aggregates, claims, a release, a
 * rename, a reshape, a delete and a re-create) read back as entries with diffs and context; a request followed from
 * a claim to its events; bad input refused with stable codes.
 */
class HistoryStoryTest extends LedgerServerTest {
    private static final String GLOBAL_ID = "req-" + UUID.randomUUID();

    @Test
    void aProvidersLifeReadsBackAsOrderedDiffsAcrossIncarnations() {
        ProviderStory story = ProviderStory.tell(api, GLOBAL_ID);

        Reply history = api.get("/ledger/history/resource_providers/" + story.provider());
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<String> actions = history.json("$.entries[*].action");
        assertThat(actions)
                .containsExactly(
                        "created",
                        "inventories_replaced",
                        "traits_replaced",
                        "aggregates_replaced",
                        "allocations_written",
                        "allocations_written",
                        "allocations_released",
                        "updated",
                        "inventories_replaced",
                        "allocations_written",
                        "inventories_replaced",
                        "allocations_released",
                        "deleted",
                        "created",
                        "inventories_replaced");
        List<Integer> generations = history.json("$.entries[*].generation");
        assertThat(generations).containsExactly(0, 1, 2, 3, 4, 5, 5, 5, 6, 7, 8, 8, 9, 0, 1);
        List<Integer> incarnations = history.json("$.entries[*].incarnation");
        assertThat(incarnations).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2);

        assertThat((Map<String, Object>) history.json("$.entries[1].diff.inventories.VCPU"))
                .containsEntry("before", null);
        assertThat((Integer) history.json("$.entries[1].diff.inventories.VCPU.after.total"))
                .isEqualTo(8);
        assertThat((List<String>) history.json("$.entries[2].diff.traits.added"))
                .containsExactly("CUSTOM_GPU_FAST", "HW_CPU_X86_AVX2");
        assertThat((List<String>) history.json("$.entries[3].diff.aggregates.added"))
                .containsExactly(story.aggregate());
        assertThat((Map<String, Object>) history.json("$.entries[4].diff.allocations[1]"))
                .containsEntry("consumer_uuid", story.first())
                .containsEntry("resource_class", "VCPU")
                .containsEntry("before", 0)
                .containsEntry("after", 2);
        assertThat((Map<String, Object>) history.json("$.entries[5].diff.usages.VCPU"))
                .containsEntry("before", 2)
                .containsEntry("after", 6);
        assertThat((Map<String, Object>) history.json("$.entries[6].diff.usages.VCPU"))
                .containsEntry("before", 6)
                .containsEntry("after", 4);
        assertThat((Map<String, Object>) history.json("$.entries[7].diff.name"))
                .containsEntry("before", "cn1")
                .containsEntry("after", "cn1-renamed");

        // who and where: the claim of the first consumer carried the caller's global request id
        Map<String, Object> claim = history.json("$.entries[4]");
        assertThat(claim).containsEntry("global_request_id", GLOBAL_ID).containsEntry("request_id", story.claimId());
        assertThat(claim.get("node")).isNotNull();
        // the second claim's X-OpenStack-Request-ID was not oslo's req-<uuid>: ignored
        assertThat((Object) history.json("$.entries[5].global_request_id")).isNull();
        assertThat((String) history.json("$.entries[4].principal.user_id")).isEqualTo("admin");
        assertThat((List<String>) history.json("$.entries[4].principal.roles")).contains("admin");
    }

    @Test
    void aRequestIsFollowedFromAClaimToEverythingItChanged() {
        ProviderStory story = ProviderStory.tell(api, GLOBAL_ID);

        for (String id : List.of(story.claimId(), GLOBAL_ID)) {
            Reply changes = api.get("/ledger/history/requests/" + id);
            assertThat(changes.status()).as(changes.toString()).isEqualTo(200);
            assertThat((List<String>) changes.json("$.changes[*].subject"))
                    .containsExactlyInAnyOrder("resource_provider", "consumer");
            assertThat((List<String>) changes.json("$.changes[*].uuid"))
                    .containsExactlyInAnyOrder(story.provider(), story.first());
            assertThat((List<String>) changes.json("$.changes[*].action"))
                    .containsExactlyInAnyOrder("allocations_written", "created");
        }
        Reply consumer = api.get("/ledger/history/consumers/" + story.first() + "?request_id=" + story.claimId());
        assertThat((List<Integer>) consumer.json("$.entries[*].generation")).containsExactly(1);
        assertThat((List<String>) consumer.json("$.entries[0].diff.allocations[*].resource_provider_uuid"))
                .containsOnly(story.provider());
    }

    @Test
    void pagesFollowTheirMarkersAndFiltersNarrowTheHistory() {
        ProviderStory story = ProviderStory.tell(api, GLOBAL_ID);
        String path = "/ledger/history/resource_providers/" + story.provider();

        Reply first = api.get(path + "?limit=10");
        String marker = first.json("$.next_marker");
        Reply rest = api.get(path + "?limit=10&marker=" + marker);
        assertThat((List<Integer>) first.json("$.entries[*].position")).hasSize(10);
        assertThat((List<Integer>) rest.json("$.entries[*].position")).hasSize(5);
        assertThat(rest.body()).doesNotContain("next_marker");
        assertThat((Integer) rest.json("$.entries[0].position"))
                .isGreaterThan((Integer) first.json("$.entries[9].position"));

        String recreatedAt = api.get(path).json("$.entries[13].time");
        assertThat((List<String>) api.get(path + "?since=" + recreatedAt).json("$.entries[*].action"))
                .containsExactly("created", "inventories_replaced");
        assertThat((List<String>) api.get(path + "?until=" + story.startedAt()).json("$.entries"))
                .isEmpty();
        assertThat((List<String>) api.get(path + "?request_id=" + GLOBAL_ID).json("$.entries[*].action"))
                .containsExactly("allocations_written");
    }

    @Test
    void badInputIsRefusedWithStableCodes() {
        ProviderStory story = ProviderStory.tell(api, GLOBAL_ID);
        String path = "/ledger/history/resource_providers/" + story.provider();
        Map<String, String> refusals = Map.of(
                path + "?marker=bm90LWEtbWFya2Vy", "ledger.history.bad_marker",
                path + "?marker=%25%25", "ledger.history.bad_marker",
                path + "?limit=0", "ledger.history.bad_limit",
                path + "?limit=many", "ledger.history.bad_limit",
                path + "?since=yesterday", "ledger.history.bad_instant",
                path + "?until=2026-13-01T00:00:00Z", "ledger.history.bad_instant");
        refusals.forEach((query, code) -> {
            Reply refused = api.get(query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.errorCode()).as(query).isEqualTo(code);
        });
        for (String unknown : List.of(
                "/ledger/history/resource_providers/" + UUID.randomUUID(),
                "/ledger/history/resource_providers/not-a-uuid",
                "/ledger/history/consumers/" + story.provider(),
                "/ledger/history/requests/req-" + UUID.randomUUID())) {
            Reply refused = api.get(unknown);
            assertThat(refused.status()).as(unknown).isEqualTo(404);
            assertThat(refused.errorCode()).as(unknown).isEqualTo("ledger.history.not_found");
            assertThat(refused.header("openstack-request-id")).as(unknown).matches("req-[0-9a-f-]{36}");
        }
    }
}
