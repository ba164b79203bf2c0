package io.inventoryledger.core.catalog;

import java.util.regex.Pattern;

/** Placement's rule for the names of custom resource classes and traits: {@code CUSTOM_[A-Z0-9_]+}, at most 255. */
public final class CustomNames {
    public static final String PATTERN = "^CUSTOM_[A-Z0-9_]+$";
    public static final int MAX_LENGTH = 255;
    private static final Pattern CUSTOM = Pattern.compile(PATTERN);

    private CustomNames() {}

    public static boolean matchesPattern(String name) {
        return name != null && CUSTOM.matcher(name).matches();
    }

    public static boolean isValid(String name) {
        return matchesPattern(name) && name.length() <= MAX_LENGTH;
    }
}
