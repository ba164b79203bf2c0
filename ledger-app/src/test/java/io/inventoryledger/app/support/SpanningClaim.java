package io.inventoryledger.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Two providers, compute (VCPU) and storage (DISK_GB), and a claim that takes from both: a claim written by halves
 * would show as a consumer on one and not the other. The fault tests claim it under load and then check that the
 * ledger still adds up.
 */
public record SpanningClaim(String compute, String storage) {
    private static final int VCPU = 1;
    private static final int DISK_GB = 10;

    /** Creates both providers, large enough for any storm, through {@code api}. */
    public static SpanningClaim create(PlacementClient api) {
        return new SpanningClaim(provider(api, "compute"), provider(api, "storage"));
    }

    /** The body of {@code PUT /allocations/{consumer}} (microversion 1.28) for a new consumer. */
    public String body() {
        return "{\"allocations\":{\"" + compute + "\":{\"resources\":{\"VCPU\":" + VCPU + "}},\"" + storage
                + "\":{\"resources\":{\"DISK_GB\":" + DISK_GB + "}}},\"project_id\":\"p\",\"user_id\":\"u\","
                + "\"consumer_generation\":null}";
    }

    /** {@code consumer} holds the whole claim. */
    public void assertHeld(PlacementClient api, String consumer) {
        Reply got = api.get("/allocations/" + consumer);
        assertThat((Integer) got.json("$.allocations['" + compute + "'].resources.VCPU"))
                .as("claim of %s on compute", consumer)
                .isEqualTo(VCPU);
        assertThat((Integer) got.json("$.allocations['" + storage + "'].resources.DISK_GB"))
                .as("claim of %s on storage", consumer)
                .isEqualTo(DISK_GB);
    }

    /**
     * Every acknowledged consumer holds the whole claim, no consumer holds half of one, and each provider's usage is
     * the sum of its allocations. Returns the consumers allocated now.
     */
    public Set<String> assertWhole(PlacementClient api, Collection<String> acknowledged) {
        acknowledged.forEach(consumer -> assertHeld(api, consumer));
        Map<String, Object> onCompute =
                api.get("/resource_providers/" + compute + "/allocations").json("$.allocations");
        Map<String, Object> onStorage =
                api.get("/resource_providers/" + storage + "/allocations").json("$.allocations");
        assertThat(onCompute.keySet()).as("no consumer is half-allocated").isEqualTo(onStorage.keySet());
        assertThat((Integer)
                        api.get("/resource_providers/" + compute + "/usages").json("$.usages.VCPU"))
                .isEqualTo(VCPU * onCompute.size());
        assertThat((Integer)
                        api.get("/resource_providers/" + storage + "/usages").json("$.usages.DISK_GB"))
                .isEqualTo(DISK_GB * onStorage.size());
        return onCompute.keySet();
    }

    private static String provider(PlacementClient api, String name) {
        return Providers.withInventory(api, name, "{\"VCPU\":{\"total\":1000000},\"DISK_GB\":{\"total\":10000000}}");
    }
}
