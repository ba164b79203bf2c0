package io.inventoryledger.app.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses oslo.policy's check language (the subset documented in docs/architecture.md):
 * {@code @}, {@code !}, {@code role:x}, {@code rule:x}, {@code kind:match} with {@code %(name)s}
 * taken from the target, {@code not}, {@code and}, {@code or} (tightest first) and parentheses.
 * Tokens are split on blanks and leading "(" / trailing ")" are peeled off, as oslo.policy does,
 * so {@code project_id:%(project_id)s} keeps its inner parentheses. An empty string always passes.
 * Unlike oslo.policy, which silently turns a rule it cannot read into "never", this refuses it.
 */
final class CheckParser {
    private final List<String> tokens;
    private int next;

    private CheckParser(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The check tree; IllegalArgumentException naming the problem when the text is not a check. */
    static Check parse(String text) {
        List<String> tokens = tokenize(text);
        if (tokens.isEmpty()) {
            return new Check.Constant(true);
        }
        CheckParser parser = new CheckParser(tokens);
        Check check = parser.or();
        if (parser.next < tokens.size()) {
            throw invalid(text, "unexpected '" + tokens.get(parser.next) + "'");
        }
        return check;
    }

    private Check or() {
        List<Check> any = new ArrayList<>(List.of(and()));
        while (accept("or")) {
            any.add(and());
        }
        return any.size() == 1 ? any.get(0) : new Check.Any(List.copyOf(any));
    }

    private Check and() {
        List<Check> all = new ArrayList<>(List.of(not()));
        while (accept("and")) {
            all.add(not());
        }
        return all.size() == 1 ? all.get(0) : new Check.All(List.copyOf(all));
    }

    private Check not() {
        return accept("not") ? new Check.Not(not()) : atom();
    }

    private Check atom() {
        if (next >= tokens.size()) {
            throw invalid(String.join(" ", tokens), "a check is missing at the end");
        }
        String token = tokens.get(next++);
        if (token.equals("(")) {
            Check inner = or();
            if (!accept(")")) {
                throw invalid(String.join(" ", tokens), "missing ')'");
            }
            return inner;
        }
        if (isKeyword(token) || token.equals(")")) {
            throw invalid(String.join(" ", tokens), "unexpected '" + token + "'");
        }
        return single(token);
    }

    private boolean accept(String keyword) {
        if (next < tokens.size() && tokens.get(next).equalsIgnoreCase(keyword)) {
            next++;
            return true;
        }
        return false;
    }

    private static Check single(String token) {
        if (token.equals("@")) {
            return new Check.Constant(true);
        }
        if (token.equals("!")) {
            return new Check.Constant(false);
        }
        int colon = token.indexOf(':');
        if (colon <= 0) {
            throw invalid(token, "a check is '@', '!' or 'kind:match'");
        }
        String kind = token.substring(0, colon);
        String match = token.substring(colon + 1);
        return switch (kind) {
            case "role" -> new Check.Role(match);
            case "rule" -> new Check.Rule(match);
            case "http", "https" -> throw invalid(token, "remote (http) checks are not supported");
            default -> new Check.Generic(kind, match);
        };
    }

    private static boolean isKeyword(String token) {
        String lowered = token.toLowerCase(Locale.ROOT);
        return lowered.equals("and") || lowered.equals("or") || lowered.equals("not");
    }

    /** Blank-separated tokens, with leading "(" and trailing ")" split off each (oslo.policy's tokenizer). */
    static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String raw : text.trim().split("\\s+")) {
            String token = raw;
            while (token.startsWith("(")) {
                out.add("(");
                token = token.substring(1);
            }
            int trailing = 0;
            while (token.endsWith(")")) {
                trailing++;
                token = token.substring(0, token.length() - 1);
            }
            if (!token.isEmpty()) {
                out.add(token);
            }
            for (int i = 0; i < trailing; i++) {
                out.add(")");
            }
        }
        return out;
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("cannot read policy check '" + text + "': " + why);
    }
}
