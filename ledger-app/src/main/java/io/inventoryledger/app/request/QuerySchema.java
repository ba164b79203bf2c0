package io.inventoryledger.app.request;

import io.inventoryledger.core.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The JSON schema Placement applies to the query of GET /allocation_candidates at each microversion
 * (schemas/allocation_candidate.py), with jsonschema's wording: which keys exist, and the values of
 * {@code limit} and {@code group_policy}.
 */
final class QuerySchema {
    static final String GROUP_SUFFIX = "[1-9][0-9]*";
    static final String GROUP_SUFFIX_1_33 = "[a-zA-Z0-9_-]{1,64}";
    static final Pattern LIMIT = Pattern.compile("^[1-9][0-9]*$");
    private static final String LIMIT_PATTERN = "^[1-9][0-9]*$";

    private final int microversion;
    private final List<String> properties = new ArrayList<>();
    private final List<String> patterns = new ArrayList<>();

    QuerySchema(int microversion) {
        this.microversion = microversion;
        if (microversion < 25) {
            properties.add("resources");
        }
        if (microversion >= 16) {
            properties.add("limit");
        }
        if (microversion >= 17 && microversion < 25) {
            properties.add("required");
        }
        if (microversion >= 21 && microversion < 25) {
            properties.add("member_of");
        }
        if (microversion >= 25) {
            properties.add("group_policy");
            String suffix = microversion >= 33 ? GROUP_SUFFIX_1_33 : GROUP_SUFFIX;
            for (String prefix : microversion >= 31
                    ? List.of("resources", "required", "member_of", "in_tree")
                    : List.of("resources", "required", "member_of")) {
                patterns.add("^" + prefix + "(" + suffix + ")?$");
            }
        }
        if (microversion >= 35) {
            properties.add("root_required");
        }
        if (microversion >= 36) {
            properties.add("same_subtree");
        }
    }

    /** Pattern of the group keys ({@code resourcesN} ...) at this microversion. */
    Pattern groupKey() {
        return Pattern.compile("^(resources|required|member_of|in_tree)("
                + (microversion >= 33 ? GROUP_SUFFIX_1_33 : GROUP_SUFFIX) + ")?$");
    }

    /** Validates the last value of each key, as webob's dict(req.GET) gives jsonschema. */
    void validate(Map<String, List<String>> query) {
        if (microversion < 25 && !query.containsKey("resources")) {
            throw invalid("'resources' is a required property", "required", "schema");
        }
        TreeSet<String> extras = new TreeSet<>();
        for (String key : query.keySet()) {
            if (!properties.contains(key) && patterns.stream().noneMatch(p -> Pattern.matches(p, key))) {
                extras.add(key);
            }
        }
        if (!extras.isEmpty()) {
            String message = patterns.isEmpty()
                    ? "Additional properties are not allowed (" + PythonRepr.joined(extras)
                            + (extras.size() == 1 ? " was" : " were") + " unexpected)"
                    : PythonRepr.joined(extras) + (extras.size() == 1 ? " does" : " do")
                            + " not match any of the regexes: " + PythonRepr.joined(new TreeSet<>(patterns));
            throw invalid(message, "additionalProperties", "schema");
        }
        if (query.containsKey("limit")) {
            checkLimit(last(query, "limit"));
        }
        if (query.containsKey("group_policy")) {
            checkGroupPolicy(last(query, "group_policy"));
        }
    }

    static void checkLimit(String value) {
        if (!LIMIT.matcher(value).matches()) {
            throw invalid(
                    PythonRepr.of(value) + " does not match " + PythonRepr.of(LIMIT_PATTERN),
                    "pattern",
                    "schema['properties']['limit']");
        }
    }

    static void checkGroupPolicy(String value) {
        if (!value.equals("none") && !value.equals("isolate")) {
            throw invalid(
                    PythonRepr.of(value) + " is not one of ['none', 'isolate']",
                    "enum",
                    "schema['properties']['group_policy']");
        }
    }

    private static String last(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values.get(values.size() - 1);
    }

    private static InvalidRequestException invalid(String message, String validator, String where) {
        return new InvalidRequestException("Invalid query string parameters: " + message + "\n\nFailed validating '"
                + validator + "' in " + where);
    }
}
