package io.inventoryledger.app.changes;

import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.projections.feed.ChangeFilter;
import io.inventoryledger.projections.feed.FeedPosition;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * The query of GET /ledger/changes and its stream: {@code after} (a position the feed gave, default the beginning),
 * {@code limit}, {@code format} and the filters {@code kind} (repeatable or comma-separated), {@code provider},
 * {@code consumer}, {@code project}. Anything else, or any of them twice, is refused.
 */
record ChangeQuery(FeedPosition after, int limit, ChangeFilter filter, String format) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final Set<String> KNOWN =
            Set.of("after", "limit", "format", "kind", "provider", "consumer", "project");

    static ChangeQuery parse(Map<String, String[]> query, EventKinds kinds, boolean export) {
        for (var entry : query.entrySet()) {
            if (!KNOWN.contains(entry.getKey())) {
                throw refusal(
                        ErrorCodes.CHANGES_BAD_FILTER,
                        "Unknown query parameter '" + entry.getKey()
                                + "': expected after, limit, format, kind, provider, consumer or project.");
            }
            if (entry.getValue().length > 1 && !entry.getKey().equals("kind")) {
                throw refusal(ErrorCodes.CHANGES_BAD_FILTER, "Query parameter '" + entry.getKey() + "' given twice.");
            }
        }
        return new ChangeQuery(
                position(one(query, "after")),
                limit(one(query, "limit"), export),
                new ChangeFilter(
                        kinds(query.getOrDefault("kind", new String[0]), kinds),
                        uuid(one(query, "provider"), "provider"),
                        uuid(one(query, "consumer"), "consumer"),
                        project(one(query, "project"))),
                one(query, "format"));
    }

    /** A position from the query or from a stream's Last-Event-ID. */
    static FeedPosition position(String text) {
        if (text == null) {
            return FeedPosition.START;
        }
        try {
            return FeedPosition.parse(text);
        } catch (IllegalArgumentException e) {
            throw refusal(
                    ErrorCodes.CHANGES_BAD_POSITION,
                    "Invalid position '" + abbreviated(text)
                            + "': use 0 (the beginning) or a position the change feed returned.");
        }
    }

    private static int limit(String text, boolean export) {
        if (text == null) {
            return export ? Integer.MAX_VALUE : DEFAULT_LIMIT;
        }
        int max = export ? Integer.MAX_VALUE : MAX_LIMIT;
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refusal(
                ErrorCodes.CHANGES_BAD_LIMIT,
                "Invalid limit '" + abbreviated(text) + "': an integer from 1 to " + max + ".");
    }

    private static Set<String> kinds(String[] values, EventKinds known) {
        Set<String> kinds = new LinkedHashSet<>();
        Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(",", -1))).forEach(kind -> {
            if (!known.isKnown(kind)) {
                throw refusal(
                        ErrorCodes.CHANGES_BAD_FILTER,
                        "Unknown kind '" + abbreviated(kind) + "': one of " + String.join(", ", known.all()) + ".");
            }
            kinds.add(kind);
        });
        return kinds;
    }

    private static UUID uuid(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw refusal(ErrorCodes.CHANGES_BAD_FILTER, "Invalid " + name + " '" + abbreviated(text) + "': a uuid.");
    }

    private static String project(String text) {
        if (text != null && (text.isEmpty() || text.length() > 255)) {
            throw refusal(ErrorCodes.CHANGES_BAD_FILTER, "Invalid project: 1 to 255 characters.");
        }
        return text;
    }

    private static String one(Map<String, String[]> query, String name) {
        String[] values = query.get(name);
        return values == null ? null : values[0];
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    static PlacementHttpException refusal(String code, String detail) {
        return new PlacementHttpException(HttpStatus.BAD_REQUEST, code, detail);
    }
}
