package io.inventoryledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad request body is refused with a clear 4xx in Placement's shape, and leaves the
 * ledger exactly as it was. PROVIDER in a path stands for an existing provider with VCPU inventory.
 */
class BadInputStoryTest extends LedgerServerTest {
    private static final String PROVIDER = "3b5f2a8e-6a1c-4d8e-9f4e-0c1d2e3f4a5b";
    private static final String RP = "/resource_providers/" + PROVIDER;
    private static final String HUGE_NAME = "x".repeat(201);

    private String providersBefore;
    private String inventoriesBefore;

    @BeforeEach
    void aProviderWithInventory() {
        assertThat(api.post("/resource_providers", "{\"name\":\"cn1\",\"uuid\":\"" + PROVIDER + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.put(
                                RP + "/inventories",
                                "{\"resource_provider_generation\":0,\"inventories\":{\"VCPU\":{\"total\":8}}}")
                        .status())
                .isEqualTo(200);
        providersBefore = api.get("/resource_providers").body();
        inventoriesBefore = api.get(RP + "/inventories").body();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("POST", "/resource_providers", "{\"name\": ", 400, "Malformed JSON"),
                arguments(
                        "POST",
                        "/resource_providers",
                        "[\"cn2\"]",
                        400,
                        "JSON does not validate: ['cn2'] is not of type 'object'"),
                arguments(
                        "POST",
                        "/resource_providers",
                        "{\"name\": 5}",
                        400,
                        "JSON does not validate: 5 is not of type 'string'"),
                arguments(
                        "POST",
                        "/resource_providers",
                        "{\"name\":\"cn2\",\"colour\":\"blue\"}",
                        400,
                        "Additional properties are not allowed ('colour' was unexpected)"),
                arguments(
                        "POST",
                        "/resource_providers",
                        "{\"name\":\"cn2\",\"uuid\":\"not-a-uuid\"}",
                        400,
                        "Failed validating 'format' in schema['properties']['uuid']"),
                arguments(
                        "POST",
                        "/resource_providers",
                        "{\"name\":\"" + HUGE_NAME + "\"}",
                        400,
                        "Failed validating 'maxLength' in schema['properties']['name']"),
                arguments(
                        "POST",
                        "/resource_providers",
                        "{\"name\":\"cn2\",\"parent_provider_uuid\":\"x\"}",
                        400,
                        "'x' is not a 'uuid'"),
                arguments(
                        "POST",
                        "/resource_providers",
                        "{\"name\":\"cn2\",\"parent_provider_uuid\":" + "\"5b3c4a8e-6a1c-4d8e-9f4e-0c1d2e3f4a5b\"}",
                        400,
                        "parent provider UUID does not exist"),
                arguments("PUT", RP, "{\"name\": null}", 400, "None is not of type 'string'"),
                arguments("PUT", RP, "{}", 400, "'name' is a required property"),
                arguments(
                        "PUT",
                        RP + "/inventories",
                        "{\"inventories\":{}}",
                        400,
                        "'resource_provider_generation' is a required property"),
                arguments(
                        "PUT",
                        RP + "/inventories",
                        "{\"resource_provider_generation\":\"1\",\"inventories\":{}}",
                        400,
                        "'1' is not of type 'integer'"),
                arguments(
                        "PUT",
                        RP + "/inventories",
                        "{\"resource_provider_generation\":1,\"inventories\":{\"VCPU\":{\"total\":0}}}",
                        400,
                        "0 is less than the minimum of 1"),
                arguments(
                        "PUT",
                        RP + "/inventories",
                        "{\"resource_provider_generation\":1,\"inventories\":{\"VCPU\":{\"total\":2147483648}}}",
                        400,
                        "2147483648 is greater than the maximum of 2147483647"),
                arguments(
                        "PUT",
                        RP + "/inventories",
                        "{\"resource_provider_generation\":1,\"inventories\":"
                                + "{\"VCPU\":{\"total\":99999999999999999999999}}}",
                        400,
                        "is greater than the maximum"),
                arguments(
                        "PUT",
                        RP + "/inventories",
                        "{\"resource_provider_generation\":1,\"inventories\":{\"VCPU\":{\"total\":8,\"colour\":1}}}",
                        400,
                        "Additional properties are not allowed ('colour' was unexpected)"),
                arguments(
                        "PUT",
                        RP + "/inventories",
                        "{\"resource_provider_generation\":1,\"inventories\":{\"NOT_A_CLASS\":{\"total\":8}}}",
                        400,
                        "No such resource class NOT_A_CLASS"),
                arguments(
                        "PUT",
                        RP + "/inventories",
                        "{\"resource_provider_generation\":1,\"inventories\":"
                                + "{\"VCPU\":{\"total\":8,\"allocation_ratio\":1e39}}}",
                        400,
                        "1e+39 is greater than the maximum of 3.40282e+38"),
                arguments(
                        "POST",
                        RP + "/inventories",
                        "{\"resource_class\":\"vcpu\",\"total\":1}",
                        400,
                        "'vcpu' does not match '^[A-Z0-9_]+$'"),
                arguments(
                        "POST",
                        RP + "/inventories",
                        "{\"resource_class\":\"DISK_GB\",\"total\":true}",
                        400,
                        "True is not of type 'integer'"),
                arguments(
                        "POST",
                        RP + "/inventories",
                        "{\"resource_class\":\"DISK_GB\",\"total\":1.5}",
                        400,
                        "1.5 is not of type 'integer'"),
                arguments(
                        "POST",
                        RP + "/inventories",
                        "{\"resource_class\":\"DISK_GB\"}",
                        400,
                        "'total' is a required property"),
                arguments(
                        "PUT",
                        RP + "/inventories/VCPU",
                        "{\"total\":4}",
                        400,
                        "'resource_provider_generation' is a required property"),
                arguments(
                        "PUT",
                        RP + "/inventories/VCPU",
                        "{\"resource_provider_generation\":1,\"total\":-1}",
                        400,
                        "-1 is less than the minimum of 1"),
                arguments(
                        "PUT",
                        RP + "/inventories/VCPU",
                        "{\"resource_provider_generation\":1,\"total\":4,\"reserved\":5}",
                        400,
                        "The reserved value is greater than total"),
                arguments("PUT", RP + "/inventories/VCPU", "", 400, "Malformed JSON"),
                arguments(
                        "POST",
                        "/resource_providers",
                        "{\"name\":\"" + "y".repeat(1_100_000) + "\"}",
                        413,
                        "The body of your request was too large for this server"));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}: {4}")
    @MethodSource("refusals")
    void isRefusedAndNothingIsStored(String method, String path, String body, int status, String detail) {
        Reply refused = api.send(method, path, body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.<String>json("$.errors[0].detail")).contains(detail);
        assertThat(refused.<Integer>json("$.errors[0].status")).isEqualTo(status);
        assertThat(refused.errorCode()).isEqualTo("placement.undefined_code");
        assertNothingStored();
    }

    @Test
    void aHugeBodySentWithoutALengthIsRefusedWhileReading() {
        byte[] huge = ("{\"name\":\"" + "z".repeat(1_100_000) + "\"}").getBytes();
        Reply refused = api.withHeader("Content-Type", "application/json")
                .sendRaw(
                        "POST",
                        "/resource_providers",
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.<String>json("$.errors[0].title")).isEqualTo("Request Entity Too Large");
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(api.get("/resource_providers").body()).isEqualTo(providersBefore);
        assertThat(api.get(RP + "/inventories").body()).isEqualTo(inventoriesBefore);
    }
}
