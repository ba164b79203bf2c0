package io.inventoryledger.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A real HTTP client for the Placement API, with the headers a scheduler sends. Immutable. */
public final class PlacementClient {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final Map<String, String> headers;

    private PlacementClient(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    /** An admin client at the latest microversion. */
    public static PlacementClient admin(String baseUrl) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Auth-Token", "admin");
        headers.put("Accept", "application/json");
        headers.put("OpenStack-API-Version", "placement latest");
        return new PlacementClient(baseUrl, headers);
    }

    public PlacementClient microversion(String version) {
        return withHeader("OpenStack-API-Version", "placement " + version);
    }

    public PlacementClient withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new PlacementClient(baseUrl, copy);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply send(String method, String path, String body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body != null) {
            all.putIfAbsent("Content-Type", "application/json");
        }
        return exchange(
                method,
                path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                all);
    }

    /** Sends exactly these headers (no Content-Type added) with any body, e.g. one streamed without a length. */
    public Reply sendRaw(String method, String path, HttpRequest.BodyPublisher body) {
        return exchange(method, path, body, headers);
    }

    private Reply exchange(String method, String path, HttpRequest.BodyPublisher body, Map<String, String> sent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        sent.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
