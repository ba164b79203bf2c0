package io.inventoryledger.app.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** Reads {@code OpenStack-API-Version} as microversion_parse does: the last "placement X" entry wins. */
final class MicroversionHeader {
    private MicroversionHeader() {}

    /** The version asked of placement, or null when the header names none. */
    static String placementVersion(Enumeration<String> headers) {
        List<String> entries = new ArrayList<>();
        for (String header : Collections.list(headers)) {
            entries.addAll(List.of(header.split(",")));
        }
        Collections.reverse(entries);
        for (String entry : entries) {
            String[] words = entry.strip().split("\\s+", 2);
            if (words.length == 2 && words[0].equalsIgnoreCase("placement")) {
                return words[1].strip();
            }
        }
        return null;
    }
}
