package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A rebuild runs while clients keep writing; it still ends equal to the live tables at its snapshot. */
class RebuildWhileServingTest extends LedgerServerTest {

    @Test
    void aRebuildDuringWritesEqualsTheLiveReadModel() {
        List<String> providers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            providers.add(Providers.create(api, "p" + i));
        }
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<List<Integer>> writer = CompletableFuture.supplyAsync(() -> {
            List<Integer> statuses = new ArrayList<>();
            int[] generations = new int[providers.size()];
            for (int round = 0; !stop.get() || round < 50; round++) {
                int i = round % providers.size();
                Reply put = api.put(
                        "/resource_providers/" + providers.get(i) + "/inventories",
                        "{\"resource_provider_generation\":" + generations[i] + ",\"inventories\":{\"VCPU\":{\"total\":"
                                + (round + 1) + "}}}");
                statuses.add(put.status());
                generations[i]++;
            }
            return statuses;
        });

        Reply rebuild = api.post("/ledger/projections/rebuild?wait=true", "");
        stop.set(true);

        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(200);
        assertThat((Boolean) rebuild.json("$.equal")).as(rebuild.toString()).isTrue();
        assertThat(writer.join()).containsOnly(200);
        Reply again = api.post("/ledger/projections/rebuild?wait=true", "");
        assertThat((Boolean) again.json("$.equal")).as(again.toString()).isTrue();
    }
}
