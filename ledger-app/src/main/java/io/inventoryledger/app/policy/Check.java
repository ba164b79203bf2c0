package io.inventoryledger.app.policy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One node of a parsed oslo.policy check string. A check is evaluated against the target of the
 * action (e.g. the project whose usages are asked for) and the caller's credentials; {@code rule:x}
 * looks the named rule up in the enforcer's rule book.
 */
sealed interface Check {
    boolean matches(Map<String, Object> target, Credentials creds, Function<String, Check> rules);

    /** {@code @} (always) and {@code !} (never). */
    record Constant(boolean value) implements Check {
        @Override
        public boolean matches(Map<String, Object> target, Credentials creds, Function<String, Check> rules) {
            return value;
        }

        @Override
        public String toString() {
            return value ? "@" : "!";
        }
    }

    /** {@code role:name}: the caller holds the role (case-insensitive, as oslo.policy). */
    record Role(String match) implements Check {
        @Override
        public boolean matches(Map<String, Object> target, Credentials creds, Function<String, Check> rules) {
            String role = Substitution.apply(match, target);
            return role != null && creds.roles().stream().anyMatch(role::equalsIgnoreCase);
        }

        @Override
        public String toString() {
            return "role:" + match;
        }
    }

    /** {@code rule:name}: another rule of the rule book; an unknown name fails closed. */
    record Rule(String name) implements Check {
        @Override
        public boolean matches(Map<String, Object> target, Credentials creds, Function<String, Check> rules) {
            Check referenced = rules.apply(name);
            return referenced != null && referenced.matches(target, creds, rules);
        }

        @Override
        public String toString() {
            return "rule:" + name;
        }
    }

    /**
     * {@code kind:match}, e.g. {@code project_id:%(project_id)s} or {@code system_scope:all}: the
     * caller's credential {@code kind} equals the match after substituting the target's values; a
     * quoted kind ({@code 'x':%(name)s}) is a literal instead.
     */
    record Generic(String kind, String match) implements Check {
        @Override
        public boolean matches(Map<String, Object> target, Credentials creds, Function<String, Check> rules) {
            String expected = Substitution.apply(match, target);
            if (expected == null) {
                return false;
            }
            if (kind.length() >= 2
                    && (kind.startsWith("'") && kind.endsWith("'") || kind.startsWith("\"") && kind.endsWith("\""))) {
                return expected.equals(kind.substring(1, kind.length() - 1));
            }
            return creds.matches(kind, expected);
        }

        @Override
        public String toString() {
            return kind + ":" + match;
        }
    }

    record Not(Check check) implements Check {
        @Override
        public boolean matches(Map<String, Object> target, Credentials creds, Function<String, Check> rules) {
            return !check.matches(target, creds, rules);
        }

        @Override
        public String toString() {
            return "not " + check;
        }
    }

    record All(List<Check> checks) implements Check {
        @Override
        public boolean matches(Map<String, Object> target, Credentials creds, Function<String, Check> rules) {
            return checks.stream().allMatch(c -> c.matches(target, creds, rules));
        }

        @Override
        public String toString() {
            return "("
                    + String.join(" and ", checks.stream().map(Check::toString).toList()) + ")";
        }
    }

    record Any(List<Check> checks) implements Check {
        @Override
        public boolean matches(Map<String, Object> target, Credentials creds, Function<String, Check> rules) {
            return checks.stream().anyMatch(c -> c.matches(target, creds, rules));
        }

        @Override
        public String toString() {
            return "("
                    + String.join(" or ", checks.stream().map(Check::toString).toList()) + ")";
        }
    }
}
