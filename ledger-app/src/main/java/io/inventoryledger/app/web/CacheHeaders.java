package io.inventoryledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Placement 1.15: last-modified and cache-control: no-cache on responses with a body. */
public final class CacheHeaders {
    private CacheHeaders() {}

    public static ResponseEntity.BodyBuilder apply(
            ResponseEntity.BodyBuilder response, Microversion version, Instant lastModified) {
        if (version.isAtLeast(15)) {
            response.header(HttpHeaders.LAST_MODIFIED, httpDate(lastModified));
            response.header(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        return response;
    }

    /** The same on a servlet response written directly (large bodies rendered straight to bytes). */
    public static void apply(HttpServletResponse response, Microversion version, Instant lastModified) {
        if (version.isAtLeast(15)) {
            response.setHeader(HttpHeaders.LAST_MODIFIED, httpDate(lastModified));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }

    /** The last-modified of a list: its newest row's time, or null (answered as now) for an empty list. */
    public static <T> Instant newest(List<T> rows, Function<T, Instant> time) {
        return rows.stream().map(time).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Placement answers "now" for what keeps no time. */
    private static String httpDate(Instant lastModified) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                (lastModified == null ? Instant.now() : lastModified).atZone(ZoneOffset.UTC));
    }
}
