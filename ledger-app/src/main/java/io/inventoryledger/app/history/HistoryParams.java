package io.inventoryledger.app.history;

import io.inventoryledger.app.provider.Uuids;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.core.error.ErrorCodes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** The query values of the history routes, checked: each bad one is a 400 with its own stable code. */
final class HistoryParams {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final String MARKER_PREFIX = "h1:";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private HistoryParams() {}

    static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!DIGITS.matcher(value).matches() || Long.parseLong(value) < 1 || Long.parseLong(value) > MAX_LIMIT) {
            throw bad(
                    ErrorCodes.HISTORY_BAD_LIMIT,
                    "Invalid limit '" + value + "': a whole number from 1 to " + MAX_LIMIT + " is expected.");
        }
        return Integer.parseInt(value);
    }

    /** The position a marker continues after; 0 (the start) without one. */
    static long after(String marker) {
        if (marker == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            if (text.startsWith(MARKER_PREFIX)
                    && DIGITS.matcher(text.substring(MARKER_PREFIX.length())).matches()) {
                return Long.parseLong(text.substring(MARKER_PREFIX.length()));
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below
        }
        throw bad(
                ErrorCodes.HISTORY_BAD_MARKER,
                "Invalid marker '" + marker + "': use the next_marker of a previous page of the same history.");
    }

    static String marker(Long continueAfter) {
        return continueAfter == null
                ? null
                : Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString((MARKER_PREFIX + continueAfter).getBytes(StandardCharsets.UTF_8));
    }

    /** An RFC 3339 instant (with its offset), or null when absent. */
    static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(
                    ErrorCodes.HISTORY_BAD_INSTANT,
                    "Invalid " + name + " '" + value
                            + "': an RFC 3339 date and time with its offset is expected, such as 2026-12-07T03:12:00Z.");
        }
    }

    static long generation(String value) {
        if (!DIGITS.matcher(value).matches()) {
            throw bad(
                    ErrorCodes.HISTORY_BAD_GENERATION,
                    "Invalid generation '" + value + "': a whole number from 0 is expected.");
        }
        return Long.parseLong(value);
    }

    /** A uuid as Placement accepts it in a path; an unparsable one names nothing (404). */
    static UUID uuid(String value, String what) {
        UUID uuid = Uuids.parseOrNull(value);
        if (uuid == null) {
            throw notFound(what + " " + value);
        }
        return uuid;
    }

    static PlacementHttpException notFound(String what) {
        return new PlacementHttpException(
                HttpStatus.NOT_FOUND,
                ErrorCodes.HISTORY_NOT_FOUND,
                "No history of " + what + ": the ledger never recorded a change of it.");
    }

    static PlacementHttpException bad(String code, String detail) {
        return new PlacementHttpException(HttpStatus.BAD_REQUEST, code, detail);
    }
}
