package io.inventoryledger.app.policy;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code match % target} as oslo.policy applies it: {@code %(name)s} takes the target's
 * value, rendered as Python's str() would (a missing value is {@code None}); a name absent from the
 * target makes the check fail.
 */
final class Substitution {
    private static final Pattern FIELD = Pattern.compile("%\\(([^)]+)\\)s|%%");

    private Substitution() {}

    /** The match with the target's values in; null when it names a key the target lacks. */
    static String apply(String match, Map<String, Object> target) {
        Matcher m = FIELD.matcher(match);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) == null) {
                replacement = "%";
            } else if (!target.containsKey(m.group(1))) {
                return null;
            } else {
                replacement = python(target.get(m.group(1)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String python(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return value.toString();
    }
}
