package io.inventoryledger.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * What Placement's API answered about one provider and its consumers after each write of a story, with the instant
 * of the answer: the expected values of time travel.
 */
final class Timeline {
    /** One moment: the provider's answers (null once deleted) and each consumer's allocations. */
    record Moment(
            Instant at,
            Integer incarnation,
            Map<String, Object> provider,
            Map<String, Object> inventories,
            Map<String, Object> usages,
            List<String> traits,
            List<String> aggregates,
            Map<String, Map<String, Object>> consumers) {}

    private final PlacementClient api;
    private final ProviderStory.Ids ids;
    private final List<Moment> moments = new ArrayList<>();
    private int incarnation = 1;
    private boolean deleted;

    Timeline(PlacementClient api, ProviderStory.Ids ids) {
        this.api = api;
        this.ids = ids;
    }

    /** Records the answers now, stamped with an instant no later event can share (its millisecond has passed). */
    void record() {
        String rp = "/resource_providers/" + ids.provider();
        Reply provider = api.get(rp);
        Map<String, Map<String, Object>> consumers = Map.of(
                ids.first(), api.get("/allocations/" + ids.first()).json("$"),
                ids.second(), api.get("/allocations/" + ids.second()).json("$"));
        if (provider.status() == 404) {
            deleted = true;
            moments.add(new Moment(stamp(), null, null, null, null, null, null, consumers));
            return;
        }
        assertThat(provider.status()).isEqualTo(200);
        if (deleted) {
            deleted = false;
            incarnation++;
        }
        Map<String, Object> shown = provider.json("$");
        shown.remove("links");
        moments.add(new Moment(
                null,
                incarnation,
                shown,
                api.get(rp + "/inventories").json("$.inventories"),
                api.get(rp + "/usages").json("$.usages"),
                api.get(rp + "/traits").json("$.traits"),
                api.get(rp + "/aggregates").json("$.aggregates"),
                consumers));
        Moment last = moments.remove(moments.size() - 1);
        moments.add(new Moment(
                stamp(),
                last.incarnation(),
                last.provider(),
                last.inventories(),
                last.usages(),
                last.traits(),
                last.aggregates(),
                last.consumers()));
    }

    private static Instant stamp() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        while (!Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(at)) {
            Thread.onSpinWait(); // the next write's events are stamped after this instant
        }
        return at;
    }

    List<Moment> moments() {
        return moments;
    }

    /** The first moment of each generation of each incarnation: the state right after the change that made it. */
    List<Moment> firstOfEachGeneration() {
        List<Moment> firsts = new ArrayList<>();
        var seen = new HashSet<String>();
        for (Moment moment : moments) {
            if (moment.provider() != null
                    && seen.add(moment.incarnation() + "/" + moment.provider().get("generation"))) {
                firsts.add(moment);
            }
        }
        return firsts;
    }
}
