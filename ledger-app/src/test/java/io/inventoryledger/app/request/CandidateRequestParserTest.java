package io.inventoryledger.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import io.inventoryledger.projections.candidates.CandidateRequest;
import io.inventoryledger.projections.candidates.GroupPolicy;
import io.inventoryledger.projections.candidates.RequestGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateRequestParserTest {
    private static final String AGG = "5e36a7a8-4e8f-4c8e-a1d5-0b36c9a4d3b2";
    private final CandidateRequestParser parser = new CandidateRequestParser(
            ResourceClassCatalog.standardOnly(),
            trait -> Set.of("HW_CPU_X86_AVX2", "CUSTOM_GOLD", "HW_NUMA_ROOT").contains(trait));

    private static Map<String, List<String>> query(String... keyValues) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            query.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        return query;
    }

    /** A 400 from the parser's own checks (InvalidRequestException) or from the query schema. */
    private void refused(int microversion, String code, String detail, String... keyValues) {
        assertThatThrownBy(() -> parser.parse(query(keyValues), microversion)).satisfies(e -> {
            if (e instanceof PlacementHttpException schema) {
                assertThat(schema.code()).isEqualTo(code);
                assertThat(schema.getMessage()).contains(detail);
            } else {
                assertThat(e).isInstanceOf(InvalidRequestException.class);
                assertThat(((InvalidRequestException) e).code()).isEqualTo(code);
                assertThat(((InvalidRequestException) e).detail()).contains(detail);
            }
        });
    }

    @Test
    void parsesGroupsInTheOrderTheirSuffixesAppear() {
        CandidateRequest request = parser.parse(
                query(
                        "resources_B",
                        "VCPU:1",
                        "resources",
                        "MEMORY_MB:512,DISK_GB:1",
                        "required",
                        "HW_CPU_X86_AVX2,!CUSTOM_GOLD",
                        "required",
                        "in:CUSTOM_GOLD,HW_NUMA_ROOT",
                        "member_of",
                        "in:" + AGG,
                        "group_policy",
                        "isolate",
                        "limit",
                        "5",
                        "resources_A",
                        "VCPU:2"),
                39);

        assertThat(request.groups()).extracting(RequestGroup::suffix).containsExactly("_B", "", "_A");
        RequestGroup unnumbered = request.groups().get(1);
        assertThat(unnumbered.resources()).containsExactly(Map.entry("MEMORY_MB", 512L), Map.entry("DISK_GB", 1L));
        assertThat(unnumbered.requiredTraits())
                .containsExactly(Set.of("HW_CPU_X86_AVX2"), Set.of("CUSTOM_GOLD", "HW_NUMA_ROOT"));
        assertThat(unnumbered.forbiddenTraits()).containsExactly("CUSTOM_GOLD");
        assertThat(unnumbered.memberOf()).containsExactly(Set.of(AGG));
        assertThat(request.groupPolicy()).isEqualTo(GroupPolicy.ISOLATE);
        assertThat(request.limit()).isEqualTo(5);
    }

    @Test
    void beforeAnyOfOnlyTheLastRequiredCounts() {
        CandidateRequest request =
                parser.parse(query("resources", "VCPU:1", "required", "CUSTOM_GOLD", "required", "HW_NUMA_ROOT"), 38);

        assertThat(request.groups().get(0).requiredTraits()).containsExactly(Set.of("HW_NUMA_ROOT"));
    }

    @Test
    void parsesRootRequiredAndSameSubtreeWithAResourcelessGroup() {
        CandidateRequest request = parser.parse(
                query(
                        "resources_X",
                        "VCPU:1",
                        "required_R",
                        "HW_NUMA_ROOT",
                        "same_subtree",
                        "_X, _R",
                        "root_required",
                        "CUSTOM_GOLD,!HW_CPU_X86_AVX2",
                        "group_policy",
                        "none"),
                36);

        assertThat(request.sameSubtrees()).containsExactly(Set.of("_X", "_R"));
        assertThat(request.rootRequired()).containsExactly("CUSTOM_GOLD");
        assertThat(request.rootForbidden()).containsExactly("HW_CPU_X86_AVX2");
        assertThat(request.groups().get(1).resourceless()).isTrue();
    }

    @Test
    void refusesAQueryWithoutResourcesBefore125() {
        refused(10, ErrorCodes.DEFAULT, "'resources' is a required property");
    }

    @Test
    void refusesParametersUnknownAtTheMicroversion() {
        refused(
                15,
                ErrorCodes.DEFAULT,
                "Additional properties are not allowed ('limit' was unexpected)",
                "resources",
                "VCPU:1",
                "limit",
                "5");
        refused(24, ErrorCodes.DEFAULT, "'resources1' was unexpected", "resources", "VCPU:1", "resources1", "VCPU:1");
        refused(
                34,
                ErrorCodes.DEFAULT,
                "'root_required' does not match any of the regexes",
                "resources",
                "VCPU:1",
                "root_required",
                "CUSTOM_GOLD");
        refused(
                30,
                ErrorCodes.DEFAULT,
                "'in_tree' does not match any of the regexes",
                "resources",
                "VCPU:1",
                "in_tree",
                AGG);
    }

    @Test
    void refusesABadSuffix() {
        refused(30, ErrorCodes.DEFAULT, "'resources01' does not match any of the regexes", "resources01", "VCPU:1");
        refused(33, ErrorCodes.DEFAULT, "^member_of([a-zA-Z0-9_-]{1,64})?$", "resources1@", "VCPU:1");
    }

    @Test
    void refusesABadLimitOrGroupPolicy() {
        refused(16, ErrorCodes.DEFAULT, "Failed validating 'pattern'", "resources", "VCPU:1", "limit", "0");
        refused(
                25,
                ErrorCodes.DEFAULT,
                "'bogus' is not one of ['none', 'isolate']",
                "resources",
                "VCPU:1",
                "group_policy",
                "bogus");
    }

    @Test
    void refusesMalformedResources() {
        refused(25, ErrorCodes.DEFAULT, "Got: empty string.", "resources", "");
        refused(25, ErrorCodes.DEFAULT, "Badly formed resources parameter", "resources", "VCPU");
        refused(
                25,
                ErrorCodes.DEFAULT,
                "Requested resource VCPU expected positive integer amount. Got: x.",
                "resources",
                "VCPU:x");
        refused(25, ErrorCodes.DEFAULT, "Requested resource VCPU requires amount >= 1. Got: 0.", "resources", "VCPU:0");
    }

    @Test
    void refusesAnUnknownResourceClassOrTrait() {
        refused(
                25,
                ErrorCodes.DEFAULT,
                "Invalid resource class in resources parameter: No such resource class MCPU.",
                "resources",
                "MCPU:1");
        refused(
                25,
                ErrorCodes.DEFAULT,
                "No such trait(s): CUSTOM_NOPE.",
                "resources",
                "VCPU:1",
                "required",
                "CUSTOM_NOPE");
        refused(
                35,
                ErrorCodes.DEFAULT,
                "No such trait(s): CUSTOM_NOPE.",
                "resources",
                "VCPU:1",
                "root_required",
                "!CUSTOM_NOPE");
    }

    @Test
    void refusesMalformedTraits() {
        refused(
                17,
                ErrorCodes.DEFAULT,
                "of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got: !CUSTOM_GOLD",
                "resources",
                "VCPU:1",
                "required",
                "!CUSTOM_GOLD");
        refused(
                22,
                ErrorCodes.DEFAULT,
                "of the form: HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait",
                "resources",
                "VCPU:1",
                "required",
                "");
        refused(
                38,
                ErrorCodes.DEFAULT,
                "only supported since microversion 1.39",
                "resources",
                "VCPU:1",
                "required",
                "in:CUSTOM_GOLD,HW_NUMA_ROOT");
        refused(
                39,
                ErrorCodes.DEFAULT,
                "does not support forbidden traits",
                "resources",
                "VCPU:1",
                "required",
                "in:CUSTOM_GOLD,!HW_NUMA_ROOT");
        refused(
                25,
                ErrorCodes.DEFAULT,
                "Conflicting required and forbidden traits found in the following traits "
                        + "keys: required: (CUSTOM_GOLD)",
                "resources",
                "VCPU:1",
                "required",
                "CUSTOM_GOLD,!CUSTOM_GOLD");
    }

    @Test
    void refusesMalformedMemberOf() {
        refused(
                25,
                ErrorCodes.DEFAULT,
                "Expected 'member_of' parameter to contain valid UUID(s). Got: nope",
                "resources",
                "VCPU:1",
                "member_of",
                "nope");
        refused(
                25,
                ErrorCodes.DEFAULT,
                "must be prefixed with the 'in:' or '!in:' keyword",
                "resources",
                "VCPU:1",
                "member_of",
                AGG + "," + AGG);
        refused(
                23,
                ErrorCodes.DEFAULT,
                "Multiple member_of parameters are not supported",
                "resources",
                "VCPU:1",
                "member_of",
                AGG,
                "member_of",
                AGG);
        refused(
                31,
                ErrorCodes.DEFAULT,
                "Forbidden member_of parameters are not supported",
                "resources",
                "VCPU:1",
                "member_of",
                "!" + AGG);
    }

    @Test
    void refusesAMalformedInTree() {
        refused(
                31,
                ErrorCodes.DEFAULT,
                "Expected 'in_tree' parameter to be a format of uuid. Got: life",
                "resources",
                "VCPU:1",
                "in_tree",
                "life");
    }

    @Test
    void refusesGroupsWithoutResourcesBefore136() {
        refused(
                25,
                ErrorCodes.DEFAULT,
                "Found the following orphaned traits keys: required, required1",
                "required",
                "CUSTOM_GOLD",
                "required1",
                "CUSTOM_GOLD");
        refused(
                25,
                ErrorCodes.DEFAULT,
                "Found the following orphaned member_of keys: member_of3",
                "resources",
                "VCPU:1",
                "member_of3",
                AGG);
        refused(
                31,
                ErrorCodes.DEFAULT,
                "All request groups must specify resources.",
                "resources",
                "VCPU:1",
                "in_tree1",
                AGG);
        refused(
                25,
                ErrorCodes.DEFAULT,
                "At least one request group (`resources` or `resources{$S}`) is required.",
                "group_policy",
                "isolate");
    }

    @Test
    void refusesResourcelessGroupsOutsideSameSubtree() {
        refused(
                36,
                ErrorCodes.QUERY_MISSING_VALUE,
                "There must be at least one resources or resources[$S] parameter.",
                "member_of1",
                AGG,
                "group_policy",
                "none");
        refused(
                36,
                ErrorCodes.QUERY_BAD_VALUE,
                "should be specified in `same_subtree` query param: bad group(s) - " + "['_R'].",
                "resources",
                "VCPU:1",
                "required_R",
                "CUSTOM_GOLD");
        refused(
                36,
                ErrorCodes.QUERY_BAD_VALUE,
                "Real suffixes should be specified in `same_subtree`: ['_Z'] not " + "found in ['', '_X'].",
                "resources",
                "VCPU:1",
                "resources_X",
                "VCPU:1",
                "same_subtree",
                "_X,_Z");
        refused(
                36,
                ErrorCodes.QUERY_BAD_VALUE,
                "Empty string (unsuffixed group) can not be specified",
                "resources",
                "VCPU:1",
                "same_subtree",
                ",_X");
    }

    @Test
    void refusesSeveralGranularGroupsWithoutGroupPolicy() {
        refused(
                25,
                ErrorCodes.DEFAULT,
                "The \"group_policy\" parameter is required",
                "resources1",
                "VCPU:1",
                "resources2",
                "VCPU:1");
    }

    @Test
    void refusesRootRequiredTwiceOrContradictory() {
        refused(
                35,
                ErrorCodes.QUERY_DUPLICATE_KEY,
                "Query parameter 'root_required' may be specified only once.",
                "resources",
                "VCPU:1",
                "root_required",
                "CUSTOM_GOLD",
                "root_required",
                "!HW_NUMA_ROOT");
        refused(
                35,
                ErrorCodes.QUERY_BAD_VALUE,
                "Conflicting required and forbidden traits found in root_required: " + "CUSTOM_GOLD",
                "resources",
                "VCPU:1",
                "root_required",
                "CUSTOM_GOLD,!CUSTOM_GOLD");
    }
}
