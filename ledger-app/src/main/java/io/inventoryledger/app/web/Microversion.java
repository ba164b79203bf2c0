package io.inventoryledger.app.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Placement API microversion, 1.0 to 1.39. */
public record Microversion(int major, int minor) implements Comparable<Microversion> {
    public static final Microversion MIN = new Microversion(1, 0);
    public static final Microversion MAX = new Microversion(1, 39);
    /** From this version on, errors carry a {@code code}. */
    public static final Microversion ERROR_CODES = new Microversion(1, 23);

    private static final Pattern FORMAT = Pattern.compile("^([1-9]\\d*)\\.([1-9]\\d*|0)$");

    /** Parses "1.x" or "latest"; null when malformed. */
    public static Microversion parse(String text) {
        String value = text.trim();
        if (value.equalsIgnoreCase("latest")) {
            return MAX;
        }
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            return new Microversion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (NumberFormatException tooLarge) {
            return null;
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
