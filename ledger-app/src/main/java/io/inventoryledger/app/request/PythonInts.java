package io.inventoryledger.app.request;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Integers as Python's {@code int(str)} reads them, since Placement parses query amounts that way:
 * surrounding whitespace, a sign, any Unicode decimal digits, single underscores between digits
 * ({@code ' 1'}, {@code '+1'}, {@code '01'}, {@code '1_000'}) and no size limit.
 */
public final class PythonInts {
    private static final Pattern DIGITS = Pattern.compile("^[+-]?\\p{Nd}(_?\\p{Nd})*$");

    private PythonInts() {}

    /** The value, or empty where Python's int() raises ValueError. */
    public static Optional<BigInteger> parse(String text) {
        String stripped = strip(text);
        if (!DIGITS.matcher(stripped).matches()) {
            return Optional.empty();
        }
        // BigInteger reads a leading '+' and every Unicode decimal digit (Character.digit), as int() does.
        return Optional.of(new BigInteger(stripped.replace("_", "")));
    }

    /** Python's str.strip(): removes what str.isspace() calls whitespace, which includes no-break spaces. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
