package io.inventoryledger.projections.rebuild;

import java.time.Instant;
import java.time.LocalDate;

/** A value in PostgreSQL's COPY text format: {@code \N} for null, backslash escapes in text. */
final class CopyText {
    private CopyText() {}

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String text) {
            escape(out, text);
        } else if (value instanceof Instant time) {
            appendTime(out, time);
        } else if (value instanceof Double number) {
            out.append(Double.toString(number)); // the shortest text that reads back as the same double
        } else {
            out.append(value); // UUID, Integer, Long
        }
    }

    /**
     * {@code yyyy-mm-dd hh:mm:ss.nnnnnnnnn+00}, which timestamptz reads exactly, without the general-purpose
     * formatter (a million times per rebuild). Years 1..9999 only; others as {@link Instant#toString()}.
     */
    static void appendTime(StringBuilder out, Instant time) {
        long seconds = time.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        if (date.getYear() < 1 || date.getYear() > 9999) {
            out.append(time);
            return;
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        pad(out, date.getYear(), 4).append('-');
        pad(out, date.getMonthValue(), 2).append('-');
        pad(out, date.getDayOfMonth(), 2).append(' ');
        pad(out, secondOfDay / 3_600, 2).append(':');
        pad(out, secondOfDay / 60 % 60, 2).append(':');
        pad(out, secondOfDay % 60, 2).append('.');
        pad(out, time.getNano(), 9).append("+00");
    }

    private static StringBuilder pad(StringBuilder out, int value, int digits) {
        for (int unit = pow10(digits - 1); unit > 1 && value < unit; unit /= 10) {
            out.append('0');
        }
        return out.append(value);
    }

    private static int pow10(int exponent) {
        int value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }

    private static void escape(StringBuilder out, String text) {
        if (!needsEscaping(text)) {
            out.append(text);
            return;
        }
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

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
