package io.inventoryledger.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * W3: like nova-compute's periodic update, every client re-PUTs the inventories of the providers it owns with the
 * generation it last saw (MEMORY_MB reserved changes each time); a 409 makes it re-read the generation and go on.
 * Verdict: each provider's generation moved by exactly its accepted writes and holds the last reserved value.
 */
final class InventoryChurn implements Workload {
    /** What one client knows of one of its providers. Only its owner thread touches it. */
    private static final class Owned {
        final UUID uuid;
        long generation = 1;
        long accepted;
        long unsure;
        long lastReserved = -1;

        Owned(UUID uuid) {
            this.uuid = uuid;
        }
    }

    @Override
    public String name() {
        return "W3 inventory churn";
    }

    @Override
    public WorkloadResult run(Target target, BenchSettings settings) {
        PlacementHttp http = target.http();
        int clients = settings.integer("w3.clients");
        int perClient = settings.integer("w3.providers-per-client");
        List<UUID> uuids = ProviderSeeder.create(
                http, "w3-cn", clients * perClient, ProviderSeeder.computeNode(), settings.integer("setup.threads"));
        List<List<Owned>> owned = IntStream.range(0, clients)
                .mapToObj(c -> uuids.subList(c * perClient, (c + 1) * perClient).stream()
                        .map(Owned::new)
                        .toList())
                .toList();
        int[] turn = new int[clients];

        OpStats puts = new OpStats("PUT /resource_providers/{uuid}/inventories");
        OpStats rereads = new OpStats("re-read GET .../inventories after 409");
        LongAdder accepted = new LongAdder();
        Duration took = Parallel.loop(clients, settings.seconds("duration"), worker -> {
            Owned provider = owned.get(worker).get(turn[worker]++ % perClient);
            long reserved = 8 * ((provider.accepted + provider.unsure + 1) % 1000);
            Reply reply = http.call(
                    puts,
                    "PUT",
                    "/resource_providers/" + provider.uuid + "/inventories",
                    Map.of("resource_provider_generation", provider.generation, "inventories", inventories(reserved)));
            if (reply.status() == 200) {
                provider.generation =
                        reply.json().path("resource_provider_generation").asLong();
                provider.accepted++;
                provider.lastReserved = reserved;
                accepted.increment();
                return true;
            }
            if (!reply.answered() || reply.status() >= 500) {
                provider.unsure++;
                provider.lastReserved = -1;
            }
            Reply current = http.call(rereads, "GET", "/resource_providers/" + provider.uuid + "/inventories", null);
            if (current.status() == 200) {
                provider.generation =
                        current.json().path("resource_provider_generation").asLong();
            }
            return true;
        });

        Verdict verdict =
                verify(http, owned.stream().flatMap(List::stream).toList(), settings.integer("setup.threads"));
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("providers", String.valueOf(uuids.size()));
        extras.put("stale 409s", String.valueOf(puts.count(409)));
        return new WorkloadResult(
                name(),
                target.name(),
                Seconds.rate(accepted.sum(), took),
                "updates/s",
                puts,
                List.of(rereads),
                verdict,
                extras);
    }

    private static Map<String, Object> inventories(long reservedMemory) {
        Map<String, Object> inventories = new HashMap<>(ProviderSeeder.computeNode());
        inventories.put("MEMORY_MB", Map.of("total", 262144, "reserved", reservedMemory, "allocation_ratio", 1.5));
        return inventories;
    }

    private static Verdict verify(PlacementHttp http, List<Owned> providers, int threads) {
        Queue<String> wrong = new ConcurrentLinkedQueue<>();
        Parallel.forEach(threads, providers, provider -> {
            var json = http.get("/resource_providers/" + provider.uuid + "/inventories")
                    .expect(200)
                    .json();
            long generation = json.path("resource_provider_generation").asLong();
            long reserved =
                    json.path("inventories").path("MEMORY_MB").path("reserved").asLong();
            long low = 1 + provider.accepted;
            if (generation < low || generation > low + provider.unsure) {
                wrong.add(provider.uuid + " generation " + generation + " after " + provider.accepted + " writes");
            } else if (provider.lastReserved >= 0 && reserved != provider.lastReserved) {
                wrong.add(provider.uuid + " reserved " + reserved + " but last write set " + provider.lastReserved);
            }
        });
        return wrong.isEmpty()
                ? Verdict.pass("all " + providers.size() + " generations moved by exactly their accepted writes")
                : Verdict.fail(wrong.size() + " providers wrong, e.g. " + wrong.peek());
    }
}
