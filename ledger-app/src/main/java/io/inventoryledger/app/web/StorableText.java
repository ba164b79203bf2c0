package io.inventoryledger.app.web;

/**
 * Text the ledger can store: PostgreSQL's {@code text} cannot hold U+0000, and a lone UTF-16 surrogate has no
 * UTF-8 form (the driver would store '?' instead). Such input is refused at the edge with 400, for every
 * field alike, instead of failing deep in a statement.
 */
public final class StorableText {
    public static final String REFUSAL = "strings may not contain the character U+0000 or unpaired surrogates";

    private StorableText() {}

    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a raw (still percent-encoded) query string encodes U+0000 ("%00"). */
    static boolean queryEncodesNul(String rawQuery) {
        if (rawQuery == null) {
            return false;
        }
        for (int i = 0; i + 2 < rawQuery.length(); i++) {
            if (rawQuery.charAt(i) == '%') {
                if (rawQuery.charAt(i + 1) == '0' && rawQuery.charAt(i + 2) == '0') {
                    return true;
                }
                i += 2;
            }
        }
        return rawQuery.indexOf('\0') >= 0;
    }
}
