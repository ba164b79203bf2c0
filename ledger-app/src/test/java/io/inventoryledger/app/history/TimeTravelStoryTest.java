package io.inventoryledger.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Time travel against what Placement's API answered at each moment of a provider's life (recorded during the
 * story): the state at every generation of both incarnations, and at every recorded instant, provider and consumers.
 */
class TimeTravelStoryTest extends LedgerServerTest {

    @Test
    void everyGenerationAndEveryInstantReadsBackAsPlacementShowedIt() {
        ProviderStory.Ids ids = ProviderStory.Ids.random();
        Timeline timeline = new Timeline(api, ids);
        ProviderStory.tell(api, "req-" + UUID.randomUUID(), ids, timeline::record);
        String path = "/ledger/history/resource_providers/" + ids.provider() + "/state";

        assertThat(timeline.firstOfEachGeneration()).hasSize(9);
        for (Timeline.Moment moment : timeline.firstOfEachGeneration()) {
            Reply state = api.get(path + "?generation=" + moment.provider().get("generation") + "&incarnation="
                    + moment.incarnation());
            assertShows(state, moment);
        }
        for (Timeline.Moment moment : timeline.moments()) {
            Reply state = api.get(path + "?at=" + moment.at());
            if (moment.provider() == null) {
                assertThat(state.status()).as("deleted at " + moment.at()).isEqualTo(404);
            } else {
                assertShows(state, moment);
            }
            moment.consumers().forEach((consumer, allocations) -> {
                Reply past = api.get("/ledger/history/consumers/" + consumer + "/state?at=" + moment.at());
                String as = consumer + " at " + moment.at();
                if (past.status() == 404) { // not a consumer yet
                    assertThat((Map<String, Object>) allocations.get("allocations"))
                            .as(as)
                            .isEmpty();
                    return;
                }
                assertThat((Map<String, Object>) past.json("$.allocations"))
                        .as(as)
                        .isEqualTo(allocations.get("allocations"));
                if (allocations.containsKey("consumer_generation")) {
                    assertThat((Object) past.json("$.consumer_generation"))
                            .as(as)
                            .isEqualTo(allocations.get("consumer_generation"));
                }
            });
        }
    }

    private static void assertShows(Reply state, Timeline.Moment moment) {
        String as =
                "state at " + moment.at() + " (generation " + moment.provider().get("generation") + ")";
        assertThat(state.status()).as(as + ": " + state).isEqualTo(200);
        assertThat((Map<String, Object>) state.json("$.resource_provider"))
                .as(as)
                .isEqualTo(moment.provider());
        assertThat((Map<String, Object>) state.json("$.inventories")).as(as).isEqualTo(moment.inventories());
        assertThat((Map<String, Object>) state.json("$.usages")).as(as).isEqualTo(moment.usages());
        assertThat((List<String>) state.json("$.traits")).as(as).containsExactlyInAnyOrderElementsOf(moment.traits());
        assertThat((List<String>) state.json("$.aggregates"))
                .as(as)
                .containsExactlyInAnyOrderElementsOf(moment.aggregates());
        assertThat((Integer) state.json("$.incarnation")).isEqualTo(moment.incarnation());
    }

    @Test
    void badPointsInTimeAreRefusedWithStableCodes() {
        ProviderStory story = ProviderStory.tell(api, "req-" + UUID.randomUUID());
        String path = "/ledger/history/resource_providers/" + story.provider() + "/state";
        Map<String, String> refusals = Map.of(
                path,
                "ledger.history.bad_generation",
                path + "?generation=1&at=2026-12-07T03:12:00Z",
                "ledger.history.bad_generation",
                path + "?generation=-1",
                "ledger.history.bad_generation",
                path + "?generation=99",
                "ledger.history.bad_generation",
                path + "?generation=1&incarnation=3",
                "ledger.history.bad_generation",
                path + "?at=03:12",
                "ledger.history.bad_instant",
                "/ledger/history/consumers/" + story.first() + "/state?generation=7",
                "ledger.history.bad_generation");
        refusals.forEach((query, code) -> {
            Reply refused = api.get(query);
            assertThat(refused.status()).as(query + ": " + refused).isEqualTo(400);
            assertThat(refused.errorCode()).as(query).isEqualTo(code);
        });
        for (String unknown : List.of(
                path + "?at=" + story.startedAt().minusSeconds(60),
                "/ledger/history/resource_providers/" + UUID.randomUUID() + "/state?generation=0",
                "/ledger/history/consumers/" + story.provider() + "/state?generation=1")) {
            Reply refused = api.get(unknown);
            assertThat(refused.status()).as(unknown).isEqualTo(404);
            assertThat(refused.errorCode()).as(unknown).isEqualTo("ledger.history.not_found");
        }
    }
}
