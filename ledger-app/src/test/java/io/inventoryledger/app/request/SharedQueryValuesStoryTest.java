package io.inventoryledger.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The same odd and bad {@code resources}, {@code member_of}, {@code required} and {@code in_tree} values
 * sent to every route that reads them get the status, error code and reason that the reference Placement
 * gives. {@link #PLACEMENT_ANSWERS} was recorded from Placement 8.0.0 (Debian python3-placement, noauth2,
 * PostgreSQL) holding the same state: provider P (VCPU 8, MEMORY_MB 1024) in aggregate U with trait
 * HW_CPU_X86_AVX.
 */
class SharedQueryValuesStoryTest extends LedgerServerTest {
    private static final String P = "3b5f2a8e-6a1c-4d8e-9f4e-0c1d2e3f4a5b";
    private static final String U = "9e1b1c4a-2d3e-4f50-8a6b-7c8d9e0f1a2b";
    private static final String U2 = "1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b";

    /**
     * route (RP: /resource_providers, AC: /allocation_candidates) | microversion | status | error code ("-":
     * none, as before 1.23) | query, {P} {U} {U2} standing for the uuids ({U_UPPER}, {U_HEX}: upper case,
     * without dashes) | the detail's own sentence, without webob's preamble and jsonschema's schema dump.
     */
    private static final String PLACEMENT_ANSWERS = """
            RP | 1.39 | 200 | - | resources=VCPU:1
            AC | 1.39 | 200 | - | resources=VCPU:1
            RP | 1.39 | 200 | - | resources=VCPU:1_000
            AC | 1.39 | 200 | - | resources=VCPU:1_000
            RP | 1.39 | 200 | - | resources=VCPU: 1
            AC | 1.39 | 200 | - | resources=VCPU: 1
            RP | 1.39 | 200 | - | resources=VCPU:+1
            AC | 1.39 | 200 | - | resources=VCPU:+1
            RP | 1.39 | 200 | - | resources=VCPU:01
            AC | 1.39 | 200 | - | resources=VCPU:01
            RP | 1.39 | 200 | - | resources=VCPU:99999999999999999999
            AC | 1.39 | 200 | - | resources=VCPU:99999999999999999999
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:0 | Requested resource VCPU requires amount >= 1. Got: 0.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:0 | Requested resource VCPU requires amount >= 1. Got: 0.
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:-1 | Requested resource VCPU requires amount >= 1. Got: -1.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:-1 | Requested resource VCPU requires amount >= 1. Got: -1.
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:1.5 | Requested resource VCPU expected positive integer amount. Got: 1.5.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1.5 | Requested resource VCPU expected positive integer amount. Got: 1.5.
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU: | Requested resource VCPU expected positive integer amount. Got: .
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU: | Requested resource VCPU expected positive integer amount. Got: .
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: VCPU.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: VCPU.
            RP | 1.39 | 400 | placement.undefined_code | resources= | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: empty string.
            AC | 1.39 | 400 | placement.undefined_code | resources= | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: empty string.
            RP | 1.39 | 400 | placement.undefined_code | resources=  | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: empty string.
            AC | 1.39 | 400 | placement.undefined_code | resources=  | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: empty string.
            RP | 1.39 | 400 | placement.undefined_code | resources=, | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: .
            AC | 1.39 | 400 | placement.undefined_code | resources=, | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: .
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:1, | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: .
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1, | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: .
            RP | 1.39 | 400 | placement.undefined_code | resources=vcpu:1 | Invalid resource class in resources parameter: No such resource class vcpu.
            AC | 1.39 | 400 | placement.undefined_code | resources=vcpu:1 | Invalid resource class in resources parameter: No such resource class vcpu.
            RP | 1.39 | 400 | placement.undefined_code | resources=CUSTOM_NOPE:1 | Invalid resource class in resources parameter: No such resource class CUSTOM_NOPE.
            AC | 1.39 | 400 | placement.undefined_code | resources=CUSTOM_NOPE:1 | Invalid resource class in resources parameter: No such resource class CUSTOM_NOPE.
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:_1 | Requested resource VCPU expected positive integer amount. Got: _1.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:_1 | Requested resource VCPU expected positive integer amount. Got: _1.
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:1__0 | Requested resource VCPU expected positive integer amount. Got: 1__0.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1__0 | Requested resource VCPU expected positive integer amount. Got: 1__0.
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:1_ | Requested resource VCPU expected positive integer amount. Got: 1_.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1_ | Requested resource VCPU expected positive integer amount. Got: 1_.
            RP | 1.39 | 200 | - | resources=VCPU:1\s
            AC | 1.39 | 200 | - | resources=VCPU:1\s
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:0x10 | Requested resource VCPU expected positive integer amount. Got: 0x10.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:0x10 | Requested resource VCPU expected positive integer amount. Got: 0x10.
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:1e3 | Requested resource VCPU expected positive integer amount. Got: 1e3.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1e3 | Requested resource VCPU expected positive integer amount. Got: 1e3.
            RP | 1.39 | 400 | placement.undefined_code | resources=:1 | Invalid resource class in resources parameter: No such resource class .
            AC | 1.39 | 400 | placement.undefined_code | resources=:1 | Invalid resource class in resources parameter: No such resource class .
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:1:2 | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: VCPU:1:2.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1:2 | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: VCPU:1:2.
            RP | 1.39 | 200 | - | resources=VCPU:1,MEMORY_MB:512
            AC | 1.39 | 200 | - | resources=VCPU:1,MEMORY_MB:512
            RP | 1.39 | 200 | - | resources=VCPU:1,VCPU:2
            AC | 1.39 | 200 | - | resources=VCPU:1,VCPU:2
            RP | 1.39 | 400 | placement.undefined_code | resources= VCPU:1 | Invalid resource class in resources parameter: No such resource class
            AC | 1.39 | 400 | placement.undefined_code | resources= VCPU:1 | Invalid resource class in resources parameter: No such resource class
            RP | 1.39 | 200 | - | resources=VCPU:\u0661
            AC | 1.39 | 200 | - | resources=VCPU:\u0661
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:-0 | Requested resource VCPU requires amount >= 1. Got: 0.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:-0 | Requested resource VCPU requires amount >= 1. Got: 0.
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:+0 | Requested resource VCPU requires amount >= 1. Got: 0.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:+0 | Requested resource VCPU requires amount >= 1. Got: 0.
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:1,,MEMORY_MB:1 | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: .
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1,,MEMORY_MB:1 | Badly formed resources parameter. Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: .
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:00 | Requested resource VCPU requires amount >= 1. Got: 0.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:00 | Requested resource VCPU requires amount >= 1. Got: 0.
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:\u00b2 | Requested resource VCPU expected positive integer amount. Got: \u00b2.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:\u00b2 | Requested resource VCPU expected positive integer amount. Got: \u00b2.
            RP | 1.39 | 200 | - | resources=VCPU:1\t
            AC | 1.39 | 200 | - | resources=VCPU:1\t
            RP | 1.39 | 200 | - | member_of={U}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of={U}
            RP | 1.39 | 200 | - | member_of={U_UPPER}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of={U_UPPER}
            RP | 1.39 | 200 | - | member_of={U_HEX}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of={U_HEX}
            RP | 1.39 | 200 | - | member_of={{U}}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of={{U}}
            RP | 1.39 | 200 | - | member_of=urn:uuid:{U}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of=urn:uuid:{U}
            RP | 1.39 | 400 | placement.undefined_code | member_of=abc | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: abc
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=abc | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: abc
            RP | 1.39 | 400 | placement.undefined_code | member_of= | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of= | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            RP | 1.39 | 400 | placement.undefined_code | member_of=in: | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=in: | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            RP | 1.39 | 200 | - | member_of=in:{U}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of=in:{U}
            RP | 1.39 | 200 | - | member_of=in:{U},{U2}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of=in:{U},{U2}
            RP | 1.39 | 400 | placement.undefined_code | member_of={U},{U2} | Multiple values for 'member_of' must be prefixed with the 'in:' or '!in:' keyword using the valid microversion. Got: {U},{U2}
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of={U},{U2} | Multiple values for 'member_of' must be prefixed with the 'in:' or '!in:' keyword using the valid microversion. Got: {U},{U2}
            RP | 1.39 | 400 | placement.undefined_code | member_of=in:{U}, | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=in:{U}, | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            RP | 1.39 | 200 | - | member_of=!{U}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of=!{U}
            RP | 1.39 | 200 | - | member_of=!in:{U},{U2}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of=!in:{U},{U2}
            RP | 1.39 | 400 | placement.undefined_code | member_of=!abc | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: abc
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=!abc | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: abc
            RP | 1.39 | 400 | placement.undefined_code | member_of=in:abc | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: abc
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=in:abc | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: abc
            RP | 1.39 | 400 | placement.undefined_code | member_of= {U} | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of= {U} | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            RP | 1.39 | 400 | placement.undefined_code | member_of=9e1b1c4a-2d3e-4f50-8a6b-7c8d9e0f1a2 | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: 9e1b1c4a-2d3e-4f50-8a6b-7c8d9e0f1a2
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=9e1b1c4a-2d3e-4f50-8a6b-7c8d9e0f1a2 | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: 9e1b1c4a-2d3e-4f50-8a6b-7c8d9e0f1a2
            RP | 1.39 | 400 | placement.undefined_code | member_of=! | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=! | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            RP | 1.39 | 400 | placement.undefined_code | member_of=!in: | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=!in: | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            RP | 1.39 | 400 | placement.undefined_code | member_of={U}  | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: {U}
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of={U}  | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: {U}
            RP | 1.39 | 400 | placement.undefined_code | member_of=in: {U} | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=in: {U} | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            RP | 1.39 | 400 | placement.undefined_code | member_of=IN:{U} | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: IN:{U}
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=IN:{U} | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: IN:{U}
            RP | 1.39 | 400 | placement.undefined_code | member_of=in:{U}, {U2} | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&member_of=in:{U}, {U2} | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got:
            RP | 1.39 | 200 | - | member_of=9e1b1c4a-2d3e4f508a6b7c8d9e0f1a2b
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of=9e1b1c4a-2d3e4f508a6b7c8d9e0f1a2b
            RP | 1.39 | 200 | - | member_of=uuid:{U}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of=uuid:{U}
            RP | 1.39 | 200 | - | member_of={{{U}}}
            AC | 1.39 | 200 | - | resources=VCPU:1&member_of={{{U}}}
            RP | 1.39 | 200 | - | required=HW_CPU_X86_AVX
            AC | 1.39 | 200 | - | resources=VCPU:1&required=HW_CPU_X86_AVX
            RP | 1.39 | 400 | placement.undefined_code | required=hw_cpu_x86_avx | Invalid trait(s) in "required" parameter: No such trait(s): hw_cpu_x86_avx.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required=hw_cpu_x86_avx | No such trait(s): hw_cpu_x86_avx.
            RP | 1.39 | 400 | placement.undefined_code | required=CUSTOM_NOPE | Invalid trait(s) in "required" parameter: No such trait(s): CUSTOM_NOPE.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required=CUSTOM_NOPE | No such trait(s): CUSTOM_NOPE.
            RP | 1.39 | 400 | placement.undefined_code | required= | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait in:
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required= | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait in:
            RP | 1.39 | 400 | placement.undefined_code | required=, | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait in: ,
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required=, | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait in: ,
            RP | 1.39 | 400 | placement.undefined_code | required=HW_CPU_X86_AVX, | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait in: HW_CPU_X86_AVX,
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required=HW_CPU_X86_AVX, | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait in: HW_CPU_X86_AVX,
            RP | 1.39 | 200 | - | required=!HW_CPU_X86_AVX
            AC | 1.39 | 200 | - | resources=VCPU:1&required=!HW_CPU_X86_AVX
            RP | 1.39 | 200 | - | required=!!HW_CPU_X86_AVX
            AC | 1.39 | 200 | - | resources=VCPU:1&required=!!HW_CPU_X86_AVX
            RP | 1.39 | 200 | - | required=in:HW_CPU_X86_AVX,HW_CPU_X86_SSE
            AC | 1.39 | 200 | - | resources=VCPU:1&required=in:HW_CPU_X86_AVX,HW_CPU_X86_SSE
            RP | 1.39 | 400 | placement.undefined_code | required=in: | Invalid query string parameters: Expected 'required' parameter value of the form: in:HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: in:
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required=in: | Invalid query string parameters: Expected 'required' parameter value of the form: in:HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: in:
            RP | 1.39 | 400 | placement.undefined_code | required=in:HW_CPU_X86_AVX, | Invalid query string parameters: Expected 'required' parameter value of the form: in:HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: in:HW_CPU_X86_AVX,
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required=in:HW_CPU_X86_AVX, | Invalid query string parameters: Expected 'required' parameter value of the form: in:HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: in:HW_CPU_X86_AVX,
            RP | 1.39 | 400 | placement.undefined_code | required=in:!HW_CPU_X86_AVX | Invalid query string parameters: The format 'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' does not support forbidden traits. Got: in:!HW_CPU_X86_AVX
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required=in:!HW_CPU_X86_AVX | Invalid query string parameters: The format 'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' does not support forbidden traits. Got: in:!HW_CPU_X86_AVX
            RP | 1.39 | 200 | - | required=HW_CPU_X86_AVX,!HW_CPU_X86_AVX
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required=HW_CPU_X86_AVX,!HW_CPU_X86_AVX | Conflicting required and forbidden traits found in the following traits keys: required: (HW_CPU_X86_AVX)
            RP | 1.39 | 200 | - | required= HW_CPU_X86_AVX
            AC | 1.39 | 200 | - | resources=VCPU:1&required= HW_CPU_X86_AVX
            RP | 1.39 | 400 | placement.undefined_code | required=! | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait in: !
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required=! | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait in: !
            RP | 1.39 | 200 | - | required=HW_CPU_X86_AVX,HW_CPU_X86_SSE
            AC | 1.39 | 200 | - | resources=VCPU:1&required=HW_CPU_X86_AVX,HW_CPU_X86_SSE
            RP | 1.39 | 200 | - | required=in: HW_CPU_X86_AVX
            AC | 1.39 | 200 | - | resources=VCPU:1&required=in: HW_CPU_X86_AVX
            RP | 1.39 | 400 | placement.undefined_code | required=!CUSTOM_NOPE | Invalid trait(s) in "required" parameter: No such trait(s): CUSTOM_NOPE.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&required=!CUSTOM_NOPE | No such trait(s): CUSTOM_NOPE.
            RP | 1.39 | 200 | - | required=HW_CPU_X86_AVX, HW_CPU_X86_SSE
            AC | 1.39 | 200 | - | resources=VCPU:1&required=HW_CPU_X86_AVX, HW_CPU_X86_SSE
            RP | 1.39 | 200 | - | in_tree={P}
            AC | 1.39 | 200 | - | resources=VCPU:1&in_tree={P}
            RP | 1.39 | 200 | - | in_tree={P_UPPER}
            AC | 1.39 | 200 | - | resources=VCPU:1&in_tree={P_UPPER}
            RP | 1.39 | 200 | - | in_tree={P_HEX}
            AC | 1.39 | 200 | - | resources=VCPU:1&in_tree={P_HEX}
            RP | 1.39 | 200 | - | in_tree={{P}}
            AC | 1.39 | 200 | - | resources=VCPU:1&in_tree={{P}}
            RP | 1.39 | 200 | - | in_tree=urn:uuid:{P}
            AC | 1.39 | 200 | - | resources=VCPU:1&in_tree=urn:uuid:{P}
            RP | 1.39 | 400 | placement.undefined_code | in_tree=abc | Invalid query string parameters: 'abc' is not a 'uuid'
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&in_tree=abc | Invalid query string parameters: Expected 'in_tree' parameter to be a format of uuid. Got: abc
            RP | 1.39 | 400 | placement.undefined_code | in_tree= | Invalid query string parameters: '' is not a 'uuid'
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&in_tree= | Invalid query string parameters: Expected 'in_tree' parameter to be a format of uuid. Got:
            RP | 1.39 | 400 | placement.undefined_code | in_tree= {P} | Invalid query string parameters: ' {P}' is not a 'uuid'
            AC | 1.39 | 200 | - | resources=VCPU:1&in_tree= {P}
            RP | 1.39 | 400 | placement.undefined_code | in_tree={P}  | Invalid query string parameters: '{P} ' is not a 'uuid'
            AC | 1.39 | 200 | - | resources=VCPU:1&in_tree={P}\s
            RP | 1.39 | 400 | placement.undefined_code | in_tree=3b5f2a8e-6a1c-4d8e-9f4e-0c1d2e3f4a5 | Invalid query string parameters: '3b5f2a8e-6a1c-4d8e-9f4e-0c1d2e3f4a5' is not a 'uuid'
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&in_tree=3b5f2a8e-6a1c-4d8e-9f4e-0c1d2e3f4a5 | Invalid query string parameters: Expected 'in_tree' parameter to be a format of uuid. Got: 3b5f2a8e-6a1c-4d8e-9f4e-0c1d2e3f4a5
            RP | 1.39 | 200 | - | in_tree={U}
            AC | 1.39 | 200 | - | resources=VCPU:1&in_tree={U}
            RP | 1.39 | 200 | - | in_tree=uuid:{P}
            AC | 1.39 | 200 | - | resources=VCPU:1&in_tree=uuid:{P}
            RP | 1.18 | 400 | - | required=!HW_CPU_X86_AVX | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got: !HW_CPU_X86_AVX
            RP | 1.21 | 400 | - | required=!HW_CPU_X86_AVX | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got: !HW_CPU_X86_AVX
            RP | 1.22 | 200 | - | required=!HW_CPU_X86_AVX
            RP | 1.38 | 400 | placement.undefined_code | required=in:HW_CPU_X86_AVX,HW_CPU_X86_SSE | Invalid query string parameters: The format 'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' only supported since microversion 1.39. Got: in:HW_CPU_X86_AVX,HW_CPU_X86_SSE
            RP | 1.38 | 200 | - | required=HW_CPU_X86_AVX&required=HW_CPU_X86_SSE
            RP | 1.39 | 200 | - | required=HW_CPU_X86_AVX&required=HW_CPU_X86_SSE
            RP | 1.3 | 200 | - | member_of={U}
            RP | 1.3 | 200 | - | member_of=in:{U},{U2}
            RP | 1.23 | 400 | placement.undefined_code | member_of={U}&member_of={U2} | Multiple member_of parameters are not supported
            RP | 1.24 | 200 | - | member_of={U}&member_of={U2}
            RP | 1.31 | 400 | placement.undefined_code | member_of=!{U} | Forbidden member_of parameters are not supported in the specified microversion
            RP | 1.32 | 200 | - | member_of=!{U}
            RP | 1.4 | 200 | - | resources=VCPU:1_000
            RP | 1.4 | 200 | - | resources=VCPU:99999999999999999999
            RP | 1.3 | 400 | - | resources=VCPU:1 | Invalid query string parameters: Additional properties are not allowed ('resources' was unexpected)
            RP | 1.13 | 400 | - | in_tree={P} | Invalid query string parameters: Additional properties are not allowed ('in_tree' was unexpected)
            RP | 1.17 | 400 | - | required=HW_CPU_X86_AVX | Invalid query string parameters: Additional properties are not allowed ('required' was unexpected)
            RP | 1.2 | 400 | - | member_of={U} | Invalid query string parameters: Additional properties are not allowed ('member_of' was unexpected)
            RP | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&resources=VCPU:x | Requested resource VCPU expected positive integer amount. Got: x.
            RP | 1.39 | 200 | - | resources=VCPU:x&resources=VCPU:1
            RP | 1.39 | 200 | - | in_tree=abc&in_tree={P}
            RP | 1.39 | 400 | placement.undefined_code | in_tree={P}&in_tree=abc | Invalid query string parameters: 'abc' is not a 'uuid'
            AC | 1.10 | 200 | - | resources=VCPU:1_000
            AC | 1.10 | 200 | - | resources=VCPU:99999999999999999999
            AC | 1.16 | 400 | - | resources=VCPU:1&required=HW_CPU_X86_AVX | Invalid query string parameters: Additional properties are not allowed ('required' was unexpected)
            AC | 1.17 | 400 | - | resources=VCPU:1&required=!HW_CPU_X86_AVX | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got: !HW_CPU_X86_AVX
            AC | 1.21 | 400 | - | resources=VCPU:1&required=!HW_CPU_X86_AVX | Invalid query string parameters: Expected 'required' parameter value of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got: !HW_CPU_X86_AVX
            AC | 1.22 | 200 | - | resources=VCPU:1&required=!HW_CPU_X86_AVX
            AC | 1.38 | 400 | placement.undefined_code | resources=VCPU:1&required=in:HW_CPU_X86_AVX,HW_CPU_X86_SSE | Invalid query string parameters: The format 'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' only supported since microversion 1.39. Got: in:HW_CPU_X86_AVX,HW_CPU_X86_SSE
            AC | 1.20 | 400 | - | resources=VCPU:1&member_of={U} | Invalid query string parameters: Additional properties are not allowed ('member_of' was unexpected)
            AC | 1.21 | 200 | - | resources=VCPU:1&member_of={U}
            AC | 1.23 | 400 | placement.undefined_code | resources=VCPU:1&member_of={U}&member_of={U2} | Multiple member_of parameters are not supported
            AC | 1.24 | 200 | - | resources=VCPU:1&member_of={U}&member_of={U2}
            AC | 1.31 | 400 | placement.undefined_code | resources=VCPU:1&member_of=!{U} | Forbidden member_of parameters are not supported in the specified microversion
            AC | 1.30 | 400 | placement.undefined_code | resources=VCPU:1&in_tree={P} | Invalid query string parameters: 'in_tree' does not match any of the regexes: '^member_of([1-9][0-9]*)?$', '^required([1-9][0-9]*)?$', '^resources([1-9][0-9]*)?$'
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&resources=VCPU:x | Requested resource VCPU expected positive integer amount. Got: x.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:x&resources=VCPU:1 | Requested resource VCPU expected positive integer amount. Got: x.
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&in_tree=abc&in_tree={P} | Invalid query string parameters: Expected 'in_tree' parameter to be a format of uuid. Got: abc
            AC | 1.39 | 400 | placement.undefined_code | resources=VCPU:1&in_tree={P}&in_tree=abc | Invalid query string parameters: Expected 'in_tree' parameter to be a format of uuid. Got: abc
            AC | 1.39 | 200 | - | resources1=VCPU:1_000&group_policy=none
            AC | 1.39 | 400 | placement.undefined_code | resources1=VCPU:1&member_of1=abc&group_policy=none | Invalid query string parameters: Expected 'member_of' parameter to contain valid UUID(s). Got: abc
            AC | 1.39 | 400 | placement.undefined_code | resources1=VCPU:1&required1=hw_cpu_x86_avx&group_policy=none | No such trait(s): hw_cpu_x86_avx.
            AC | 1.39 | 400 | placement.undefined_code | resources1=VCPU:1&in_tree1=abc&group_policy=none | Invalid query string parameters: Expected 'in_tree' parameter to be a format of uuid. Got: abc
            AC | 1.39 | 200 | - | resources_X=VCPU:+1&group_policy=none
            AC | 1.39 | 400 | placement.undefined_code | resources1=VCPU:0&group_policy=none | Requested resource VCPU requires amount >= 1. Got: 0.
            """;

    @Test
    void everyRouteAnswersOddQueryValuesAsPlacementDoes() {
        aProviderInAnAggregateWithATrait();
        SoftAssertions softly = new SoftAssertions();
        for (Row row : Row.table(PLACEMENT_ANSWERS)) {
            Reply reply = api.microversion(row.version()).get(row.path());
            String at = row.version() + " " + row.path();
            softly.assertThat(reply.status())
                    .as(at + " status; " + reply.body())
                    .isEqualTo(row.status());
            if (row.status() != 200 && reply.status() == row.status()) {
                Map<String, Object> error = reply.json("$.errors[0]");
                softly.assertThat(error.get("code")).as(at + " code").isEqualTo(row.code());
                softly.assertThat((String) error.get("detail"))
                        .as(at + " detail")
                        .contains(row.reason());
            }
        }
        softly.assertAll();
    }

    private void aProviderInAnAggregateWithATrait() {
        String rp = "/resource_providers/" + P;
        assertThat(api.post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + P + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.put(
                                rp + "/inventories",
                                "{\"resource_provider_generation\":0,\"inventories\":"
                                        + "{\"VCPU\":{\"total\":8},\"MEMORY_MB\":{\"total\":1024}}}")
                        .status())
                .isEqualTo(200);
        assertThat(api.microversion("1.19")
                        .put(rp + "/aggregates", "{\"resource_provider_generation\":1,\"aggregates\":[\"" + U + "\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(api.put(rp + "/traits", "{\"resource_provider_generation\":2,\"traits\":[\"HW_CPU_X86_AVX\"]}")
                        .status())
                .isEqualTo(200);
    }

    private record Row(String route, String version, int status, String code, String query, String reason) {
        static List<Row> table(String text) {
            return text.lines().map(Row::parse).toList();
        }

        static Row parse(String line) {
            String[] cells = Arrays.copyOf(line.split(" \\| ", -1), 6);
            return new Row(
                    cells[0].equals("RP") ? "/resource_providers" : "/allocation_candidates",
                    cells[1],
                    Integer.parseInt(cells[2]),
                    cells[3].equals("-") ? null : cells[3],
                    cells[4],
                    cells[5] == null ? null : uuids(cells[5]));
        }

        String path() {
            StringJoiner path = new StringJoiner("&", route + "?", "");
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                path.add(encode(pair.substring(0, equals)) + "=" + encode(uuids(pair.substring(equals + 1))));
            }
            return path.toString();
        }

        private static String uuids(String value) {
            String out = value;
            for (String[] name : new String[][] {{"P", P}, {"U2", U2}, {"U", U}}) {
                out = out.replace("{" + name[0] + "_UPPER}", name[1].toUpperCase())
                        .replace("{" + name[0] + "_HEX}", name[1].replace("-", ""))
                        .replace("{" + name[0] + "}", name[1]);
            }
            return out;
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
