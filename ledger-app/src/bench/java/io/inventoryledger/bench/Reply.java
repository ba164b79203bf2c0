package io.inventoryledger.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** One HTTP answer; the body is parsed only when asked for. */
record Reply(int status, String body) {
    JsonNode json() {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return PlacementHttp.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** Placement's error code ({@code errors[0].code}), or "" when there is none. */
    String errorCode() {
        return json().path("errors").path(0).path("code").asText("");
    }

    boolean answered() {
        return status != OpStats.NO_ANSWER;
    }

    /** Fails setup steps loudly: setup is not measured, and a workload on a broken setup means nothing. */
    Reply expect(int... statuses) {
        for (int expected : statuses) {
            if (status == expected) {
                return this;
            }
        }
        throw new IllegalStateException("unexpected status " + status + ": "
                + (body == null ? "" : body.substring(0, Math.min(300, body.length()))));
    }
}
