package io.inventoryledger.app.request;

import java.util.Collection;
import java.util.stream.Collectors;

/** Renders strings and lists as Python's repr does, since Placement's error details embed them. */
final class PythonRepr {
    private PythonRepr() {}

    static String of(String value) {
        char quote = value.contains("'") && !value.contains("\"") ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == quote) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append(quote).toString();
    }

    static String list(Collection<String> values) {
        return values.stream().map(PythonRepr::of).collect(Collectors.joining(", ", "[", "]"));
    }

    static String joined(Collection<String> values) {
        return values.stream().map(PythonRepr::of).collect(Collectors.joining(", "));
    }
}
