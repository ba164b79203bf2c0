package io.inventoryledger.app.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Providers;
import io.inventoryledger.app.support.Reply;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /resource_providers filters. Three compute nodes: cn1 (AVX2, SSD, aggregates A and B, 8 VCPU),
 * cn2 (AVX2, aggregate B, 16 VCPU with min 2, max 8, step 2), cn3 (nothing); cn1 has a child numa1.
 */
class ProviderQueryStoryTest extends LedgerServerTest {
    private static final String AGG_A = "83a3d69d-8920-48e2-8914-cadfd8fa2f91";
    private static final String AGG_B = "99652f11-9f77-46b9-80b7-4b1989be9f8c";

    private String cn1;
    private String cn2;
    private String cn3;
    private String numa1;

    @BeforeEach
    void threeComputeNodes() {
        api.put("/traits/CUSTOM_SSD", null);
        cn1 = provider("cn1", null);
        cn2 = provider("cn2", null);
        cn3 = provider("cn3", null);
        numa1 = provider("numa1", cn1);
        put(cn1, "traits", "{\"resource_provider_generation\":0,\"traits\":[\"HW_CPU_X86_AVX2\",\"CUSTOM_SSD\"]}");
        put(
                cn1,
                "aggregates",
                "{\"resource_provider_generation\":1,\"aggregates\":[\"" + AGG_A + "\",\"" + AGG_B + "\"]}");
        put(cn1, "inventories", "{\"resource_provider_generation\":2,\"inventories\":{\"VCPU\":{\"total\":8}}}");
        put(cn2, "traits", "{\"resource_provider_generation\":0,\"traits\":[\"HW_CPU_X86_AVX2\"]}");
        put(cn2, "aggregates", "{\"resource_provider_generation\":1,\"aggregates\":[\"" + AGG_B + "\"]}");
        put(
                cn2,
                "inventories",
                "{\"resource_provider_generation\":2,\"inventories\":{\"VCPU\":{\"total\":16,"
                        + "\"min_unit\":2,\"max_unit\":8,\"step_size\":2}}}");
    }

    @Test
    void memberOfAnyOfRepeatedAndForbidden() {
        assertThat(names("member_of=" + AGG_A)).containsExactly("cn1");
        assertThat(names("member_of=in:" + AGG_A + "," + AGG_B)).containsExactly("cn1", "cn2");
        assertThat(names("member_of=" + AGG_A + "&member_of=" + AGG_B)).containsExactly("cn1");
        assertThat(names("member_of=!" + AGG_A)).containsExactly("cn2", "cn3", "numa1");
        assertThat(names("member_of=!in:" + AGG_A + "," + AGG_B)).containsExactly("cn3", "numa1");
    }

    @Test
    void requiredForbiddenAndAnyOfTraits() {
        assertThat(names("required=HW_CPU_X86_AVX2")).containsExactly("cn1", "cn2");
        assertThat(names("required=HW_CPU_X86_AVX2,CUSTOM_SSD")).containsExactly("cn1");
        assertThat(names("required=HW_CPU_X86_AVX2,!CUSTOM_SSD")).containsExactly("cn2");
        assertThat(names("required=in:CUSTOM_SSD,HW_CPU_X86_SSE&required=HW_CPU_X86_AVX2"))
                .containsExactly("cn1");
        assertThat(names("required=!HW_CPU_X86_AVX2")).containsExactly("cn3", "numa1");
    }

    @Test
    void resourcesHonourCapacityAndUnitRules() {
        assertThat(names("resources=VCPU:8")).containsExactly("cn1", "cn2");
        assertThat(names("resources=VCPU:10")).isEmpty();
        assertThat(names("resources=VCPU:1")).containsExactly("cn1");
        assertThat(names("resources=VCPU:3")).containsExactly("cn1");
        assertThat(names("resources=VCPU:2,MEMORY_MB:1")).isEmpty();
    }

    @Test
    void inTreeListsTheWholeTreeOfAnyMember() {
        assertThat(names("in_tree=" + numa1)).containsExactly("cn1", "numa1");
        assertThat(names("in_tree=" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void everyFilterCombined() {
        assertThat(names("in_tree=" + cn1 + "&member_of=" + AGG_B + "&required=CUSTOM_SSD&resources=VCPU:4"))
                .containsExactly("cn1");
    }

    @Test
    void badQueriesAreRefusedAsPlacementRefusesThem() {
        assertBadRequest("member_of=not-a-uuid", "Expected 'member_of' parameter to contain valid UUID(s)");
        assertBadRequest("member_of=" + AGG_A + "," + AGG_B, "must be prefixed with the 'in:' or '!in:'");
        assertBadRequest("required=CUSTOM_NOPE", "No such trait(s): CUSTOM_NOPE.");
        assertBadRequest("required=HW_CPU_X86_AVX2,,CUSTOM_SSD", "Got an empty trait in");
        assertBadRequest("resources=VCPU", "Badly formed resources parameter");
        assertBadRequest("resources=VCPU:0", "requires amount >= 1");
        assertBadRequest("resources=CUSTOM_NOPE:1", "Invalid resource class in resources parameter");
        assertBadRequest("in_tree=nope", "is not a 'uuid'");
        assertBadRequest("colour=red", "Additional properties are not allowed");
        Reply old = api.microversion("1.31").get("/resource_providers?member_of=!" + AGG_A);
        assertThat(old.status()).isEqualTo(400);
        Reply anyOfTooEarly = api.microversion("1.38").get("/resource_providers?required=in:CUSTOM_SSD");
        assertThat(anyOfTooEarly.status()).isEqualTo(400);
    }

    private void assertBadRequest(String query, String detail) {
        Reply reply = api.get("/resource_providers?" + query);
        assertThat(reply.status()).as(query).isEqualTo(400);
        assertThat(reply.<String>json("$.errors[0].detail")).as(query).contains(detail);
    }

    private List<String> names(String query) {
        Reply reply = api.get("/resource_providers?" + query);
        assertThat(reply.status()).as(query + ": " + reply).isEqualTo(200);
        return reply.<List<String>>json("$.resource_providers[*].name").stream()
                .sorted()
                .toList();
    }

    private void put(String provider, String what, String body) {
        Reply reply = api.put("/resource_providers/" + provider + "/" + what, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private String provider(String name, String parent) {
        return Providers.create(api, name, parent);
    }
}
