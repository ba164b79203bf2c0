package io.inventoryledger.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * A scheduler's view of the Placement API at one base URL: admin token, one microversion, JSON bodies.
 * Every call can be timed into an {@link OpStats}; a call that gets no answer returns status -1 instead of throwing,
 * so that a load loop keeps counting.
 *
 * <p>Apache HttpClient's blocking client: the driver shares the two CPUs with the server it measures, and the JDK's
 * {@code java.net.http} client spent about a millisecond of CPU per request (0.3-0.4 of a CPU during W1), which
 * was taken from whichever server was being measured. No automatic retries: each call is exactly one request.
 */
final class PlacementHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    /** As Placement's clients send it: no charset parameter. */
    private static final ContentType JSON_BODY =
            ContentType.create("application/json", (java.nio.charset.Charset) null);

    private static final int MAX_CONNECTIONS = 256;

    private final URI base;
    private final String microversion;
    private final CloseableHttpClient client;
    private final String token;
    private final Map<String, String> identity;
    private final Duration timeout;

    /** With noauth2's admin token. */
    PlacementHttp(String baseUrl, String microversion, Duration timeout) {
        this(baseUrl, microversion, timeout, "admin");
    }

    /** With this X-Auth-Token (a Keystone token when the service validates tokens with Keystone). */
    PlacementHttp(String baseUrl, String microversion, Duration timeout, String token) {
        this(baseUrl, microversion, timeout, token, Map.of());
    }

    private PlacementHttp(
            String baseUrl, String microversion, Duration timeout, String token, Map<String, String> identity) {
        this.token = token;
        this.identity = identity;
        this.timeout = timeout;
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        if (!LOCAL_HOSTS.contains(base.getHost())) {
            throw new IllegalArgumentException("the benchmark only loads local servers, not " + baseUrl);
        }
        this.microversion = microversion;
        Timeout answerTimeout = Timeout.of(timeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(answerTimeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(
                        RequestConfig.custom().setResponseTimeout(answerTimeout).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .build();
    }

    /** Another client of the same server with the same token, at another microversion and answer timeout. */
    PlacementHttp with(String otherMicroversion, Duration otherTimeout) {
        return new PlacementHttp(baseUrl(), otherMicroversion, otherTimeout, token, identity);
    }

    /**
     * A system reader of noauth2 on the same server (a wallboard's user): it never writes, so its reads of the
     * asynchronous read models are answered at once rather than waiting for the writers' changes.
     */
    PlacementHttp noauthSystemReader(String user) {
        return new PlacementHttp(
                baseUrl(), microversion, timeout, user, Map.of("X-Roles", "reader", "OpenStack-System-Scope", "all"));
    }

    /** A client of another server (e.g. a second node of ours) with the same token, microversion and timeout. */
    PlacementHttp at(String otherBaseUrl) {
        return new PlacementHttp(otherBaseUrl, microversion, timeout, token, identity);
    }

    /** The X-Auth-Token this client sends (for requests it does not make itself: streams). */
    String token() {
        return token;
    }

    String baseUrl() {
        return base.toString();
    }

    Reply get(String path) {
        return call(null, "GET", path, null);
    }

    Reply call(OpStats stats, String method, String path, Object body) {
        ClassicRequestBuilder request = ClassicRequestBuilder.create(method)
                .setUri(base.resolve(path))
                .addHeader("X-Auth-Token", token)
                .addHeader("Accept", "application/json")
                .addHeader("OpenStack-API-Version", "placement " + microversion);
        identity.forEach(request::addHeader);
        if (body != null) {
            request.setEntity(new StringEntity(write(body), JSON_BODY));
        }
        long start = System.nanoTime();
        Reply reply;
        try {
            reply = client.execute(
                    request.build(),
                    response -> new Reply(
                            response.getCode(),
                            response.getEntity() == null
                                    ? ""
                                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            reply = new Reply(OpStats.NO_ANSWER, e.toString());
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
