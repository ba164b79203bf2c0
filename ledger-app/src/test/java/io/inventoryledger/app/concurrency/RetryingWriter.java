package io.inventoryledger.app.concurrency;

import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import java.util.ArrayList;
import java.util.List;

/** A client as a scheduler writes: read the generation, write with it, on 409 read again and retry. */
final class RetryingWriter {
    private static final int MAX_ATTEMPTS = 1_000;

    private RetryingWriter() {}

    /** Makes {@code writes} accepted inventory writes; returns every status seen, in order. */
    static List<Integer> write(PlacementClient client, String uuid, int writes) {
        return write(client, client, uuid, writes);
    }

    /** Reads through {@code reader}, writes through {@code writer} (two nodes, say). */
    static List<Integer> write(PlacementClient reader, PlacementClient writer, String uuid, int writes) {
        List<Integer> statuses = new ArrayList<>();
        int accepted = 0;
        for (int attempt = 0; accepted < writes && attempt < MAX_ATTEMPTS; attempt++) {
            Reply current = reader.get("/resource_providers/" + uuid);
            long generation = ((Number) current.json("$.generation")).longValue();
            Reply put = writer.put(
                    "/resource_providers/" + uuid + "/inventories",
                    "{\"resource_provider_generation\":" + generation + ",\"inventories\":{\"VCPU\":{\"total\":"
                            + (generation + 1) + "}}}");
            statuses.add(put.status());
            if (put.status() == 200) {
                accepted++;
            } else if (put.status() != 409) {
                break; // anything but a conflict ends this writer: the test reports it
            }
        }
        return statuses;
    }
}
