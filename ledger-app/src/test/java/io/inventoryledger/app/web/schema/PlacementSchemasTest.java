package io.inventoryledger.app.web.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Violations are told in Python jsonschema's words, and the one it would pick is the one told. */
class PlacementSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String violation(String body, String schema) throws Exception {
        return PlacementSchemas.violation(JSON.readTree(body), schema).orElse("valid");
    }

    @Test
    void describesAViolationAsPythonsStrOfValidationError() throws Exception {
        assertThat(violation("{\"resource_class\":\"DISK_GB\",\"total\":0}", "inventory-post-1.0"))
                .isEqualTo("0 is less than the minimum of 1\n\n"
                        + "Failed validating 'minimum' in schema['properties']['total']:\n"
                        + "    {'maximum': 2147483647, 'minimum': 1, 'type': 'integer'}\n\n"
                        + "On instance['total']:\n    0");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"name\":\"x\", \"foo\":1, \"bar\":2} | resource_provider-post-1.0 "
                        + "| Additional properties are not allowed ('foo', 'bar' were unexpected)",
                "[1] | resource_provider-post-1.0 | [1] is not of type 'object'",
                "{\"name\":\"x\",\"uuid\":null} | resource_provider-post-1.0 | None is not of type 'string'",
                "{\"name\":\"x\",\"parent_provider_uuid\":\"bad\"} | resource_provider-post-1.14 | 'bad' is not a 'uuid'",
                "{\"name\":\"x\",\"parent_provider_uuid\":5} | resource_provider-post-1.14 "
                        + "| 5 is not valid under any of the given schemas",
                "{\"resource_class\":\"DISK_GB\"} | inventory-post-1.0 | 'total' is a required property",
                "{\"resource_class\":\"DISK_GB\",\"total\":true} | inventory-post-1.0 | True is not of type 'integer'",
                "{\"resource_class\":\"disk\",\"total\":1} | inventory-post-1.0 | 'disk' does not match '^[A-Z0-9_]+$'",
                "{\"resource_class\":\"DISK_GB\",\"total\":1,\"allocation_ratio\":1e39} | inventory-post-1.0 "
                        + "| 1e+39 is greater than the maximum of 3.40282e+38",
                "{\"resource_provider_generation\":1,\"inventories\":{\"VCPU\":{\"total\":0}}} | inventories-put-1.0 "
                        + "| 0 is less than the minimum of 1",
            })
    void picksTheViolationPythonWouldRaise(String body, String schema, String firstLine) throws Exception {
        assertThat(violation(body, schema)).startsWith(firstLine + "\n\nFailed validating");
    }

    @Test
    void anIntegralFloatIsAnIntegerAsInPython() throws Exception {
        assertThat(violation("{\"resource_class\":\"DISK_GB\",\"total\":1.0}", "inventory-post-1.0"))
                .isEqualTo("valid");
    }

    @Test
    void writesFloatsAsPythonReprDoes() {
        assertThat(PythonRepr.floating(1.5)).isEqualTo("1.5");
        assertThat(PythonRepr.floating(100)).isEqualTo("100.0");
        assertThat(PythonRepr.floating(3.40282e38)).isEqualTo("3.40282e+38");
        assertThat(PythonRepr.floating(0.00001)).isEqualTo("1e-05");
        assertThat(PythonRepr.floating(1e16)).isEqualTo("1e+16");
    }
}
