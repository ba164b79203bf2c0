package io.inventoryledger.app.provider;

import java.util.UUID;
import java.util.regex.Pattern;

/** UUIDs as Placement accepts them: dashed or not, any case; rendered dashed and lower case. */
public final class Uuids {
    private static final Pattern DASHED =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern PLAIN = Pattern.compile("^[0-9a-fA-F]{32}$");

    private Uuids() {}

    public static UUID parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        if (DASHED.matcher(text).matches()) {
            return UUID.fromString(text);
        }
        if (PLAIN.matcher(text).matches()) {
            return UUID.fromString(text.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        }
        return null;
    }
}
