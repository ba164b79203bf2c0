package io.inventoryledger.projections.rebuild;

import java.time.Instant;

/** A value in PostgreSQL's COPY text format: {@code \N} for null, backslash escapes in text. */
final class CopyText {
    private CopyText() {
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String text) {
            escape(out, text);
        } else if (value instanceof Instant time) {
            out.append(time); // ISO-8601 in UTC, which timestamptz reads exactly
        } else if (value instanceof Double number) {
            out.append(Double.toString(number)); // the shortest text that reads back as the same double
        } else {
            out.append(value); // UUID, Integer, Long
        }
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
