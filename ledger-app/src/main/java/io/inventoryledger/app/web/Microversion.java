package io.inventoryledger.app.web;

import java.util.regex.Pattern;

/** A Placement API microversion, 1.0 to 1.39. */
public record Microversion(int major, int minor) implements Comparable<Microversion> {
    public static final Microversion MIN = new Microversion(1, 0);
    public static final Microversion MAX = new Microversion(1, 39);
    /** From this version on, errors carry a {@code code}. */
    public static final Microversion ERROR_CODES = new Microversion(1, 23);

    /** What Python's int() accepts: surrounding blanks, a sign, digits with single underscores between. */
    private static final Pattern PY_INT = Pattern.compile("^\\s*[+-]?\\d+(_\\d+)*\\s*$");

    /**
     * Parses a version as microversion_parse does ("latest", or "X.Y" read by Python's int()).
     *
     * @throws IllegalArgumentException with microversion_parse's wording when malformed
     */
    public static Microversion parse(String text) {
        if (text.equals("latest")) {
            return MAX;
        }
        String[] parts = text.split("\\.", 2);
        for (String part : parts) {
            if (!PY_INT.matcher(part).matches()) {
                throw new IllegalArgumentException(
                        "invalid version string: " + text + "; invalid literal for int() with base 10: '" + part + "'");
            }
        }
        if (parts.length < 2) {
            throw new IllegalArgumentException(
                    "invalid version string: " + text + "; __new__() missing 1 required positional argument: 'minor'");
        }
        return new Microversion(number(parts[0]), number(parts[1]));
    }

    /** Beyond int range is simply unsupported, as it would be in Python. */
    private static int number(String pythonInt) {
        String digits = pythonInt.strip().replace("_", "");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            return digits.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }

    public boolean isAtLeast(int minorVersion) {
        return major > 1 || (major == 1 && minor >= minorVersion);
    }

    public boolean isSupported() {
        return compareTo(MIN) >= 0 && compareTo(MAX) <= 0;
    }

    @Override
    public int compareTo(Microversion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
