package io.inventoryledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Placement 1.15: last-modified and cache-control: no-cache on responses with a body. */
public final class CacheHeaders {
    private CacheHeaders() {}

    public static ResponseEntity.BodyBuilder apply(
            ResponseEntity.BodyBuilder response, Microversion version, Instant lastModified) {
        if (version.isAtLeast(15)) {
            response.header(
                    HttpHeaders.LAST_MODIFIED,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            (lastModified == null ? Instant.now() : lastModified).atZone(ZoneOffset.UTC)));
            response.header(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        return response;
    }

    /** The same on a servlet response written directly (large bodies rendered straight to bytes). */
    public static void apply(HttpServletResponse response, Microversion version, Instant lastModified) {
        if (version.isAtLeast(15)) {
            response.setHeader(
                    HttpHeaders.LAST_MODIFIED,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            (lastModified == null ? Instant.now() : lastModified).atZone(ZoneOffset.UTC)));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }
}
