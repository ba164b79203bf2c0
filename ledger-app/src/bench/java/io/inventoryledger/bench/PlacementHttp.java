package io.inventoryledger.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * A scheduler's view of the Placement API at one base URL: admin token, one microversion, JSON bodies.
 * Every call can be timed into an {@link OpStats}; a call that gets no answer returns status -1 instead of throwing,
 * so that a load loop keeps counting.
 */
final class PlacementHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private final URI base;
    private final String microversion;
    private final HttpClient client;
    private final Duration timeout;

    PlacementHttp(String baseUrl, String microversion, Duration timeout) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        if (!LOCAL_HOSTS.contains(base.getHost())) {
            throw new IllegalArgumentException("the benchmark only loads local servers, not " + baseUrl);
        }
        this.microversion = microversion;
        this.timeout = timeout;
        // HTTP/1.1 explicitly: the default would offer an h2c upgrade, which uWSGI and Tomcat answer differently.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    String baseUrl() {
        return base.toString();
    }

    Reply get(String path) {
        return call(null, "GET", path, null);
    }

    Reply call(OpStats stats, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("X-Auth-Token", "admin")
                .header("Accept", "application/json")
                .header("OpenStack-API-Version", "placement " + microversion);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        long start = System.nanoTime();
        Reply reply;
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            reply = new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            reply = new Reply(OpStats.NO_ANSWER, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = new Reply(OpStats.NO_ANSWER, "interrupted");
        }
        if (stats != null) {
            stats.record(reply.status(), System.nanoTime() - start);
        }
        return reply;
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
