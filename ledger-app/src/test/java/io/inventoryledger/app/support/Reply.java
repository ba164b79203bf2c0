package io.inventoryledger.app.support;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.Optional;

/** One HTTP answer: status, headers and the JSON body read by JsonPath. */
public record Reply(int status, HttpResponse<String> response) {
    public String header(String name) {
        Optional<String> value = response.headers().firstValue(name);
        return value.orElse(null);
    }

    public String body() {
        return response.body();
    }

    public DocumentContext json() {
        return JsonPath.parse(response.body());
    }

    public <T> T json(String path) {
        return JsonPath.read(response.body(), path);
    }

    /** Placement's error code of the first error. */
    public String errorCode() {
        return json("$.errors[0].code");
    }

    @Override
    public String toString() {
        return status + " " + response.body();
    }
}
