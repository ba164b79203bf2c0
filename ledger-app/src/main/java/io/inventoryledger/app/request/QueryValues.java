package io.inventoryledger.app.request;

import io.inventoryledger.core.error.InvalidRequestException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one parser of the query values that several Placement routes share ({@code resources},
 * {@code required}, {@code member_of}, {@code in_tree}), with Placement's rules and wording
 * (placement/util.py): GET /resource_providers and GET /allocation_candidates accept and refuse alike.
 */
public final class QueryValues {
    private static final Pattern HEX32 = Pattern.compile("^[0-9a-fA-F]{32}$");
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final String RESOURCES_FORM = "Badly formed resources parameter. Expected resources query string "
            + "parameter in form: ?resources=VCPU:2,MEMORY_MB:1024. Got: ";

    private QueryValues() {}

    /** Required traits (AND of ORs) and forbidden traits of one {@code required} key. */
    public record Traits(List<Set<String>> required, Set<String> forbidden) {}

    /** Required aggregates (AND of ORs) and forbidden aggregates of one {@code member_of} key, as canonical uuids. */
    public record Aggregates(List<Set<String>> required, Set<String> forbidden) {}

    /** {@code RC:n,RC:n}; amounts as Python's int() reads them, those beyond any capacity kept as Long.MAX_VALUE. */
    public static Map<String, Long> resources(String value) {
        if (PythonInts.strip(value).isEmpty()) {
            throw new InvalidRequestException(RESOURCES_FORM + "empty string.");
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (String item : value.split(",", -1)) {
            String[] parts = item.split(":", -1);
            if (parts.length != 2) {
                throw new InvalidRequestException(RESOURCES_FORM + item + ".");
            }
            BigInteger number = PythonInts.parse(parts[1])
                    .orElseThrow(() -> new InvalidRequestException("Requested resource " + parts[0]
                            + " expected positive integer amount. Got: " + parts[1] + "."));
            if (number.signum() < 1) {
                throw new InvalidRequestException(
                        "Requested resource " + parts[0] + " requires amount >= 1. Got: " + number + ".");
            }
            // An amount beyond any capacity simply matches nothing.
            out.put(parts[0], number.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : number.longValue());
        }
        return out;
    }

    /** All values of one {@code required*} key; before 1.39 only the last one counts. */
    public static Traits traits(List<String> values, boolean allowForbidden, boolean allowAnyOf) {
        List<Set<String>> required = new ArrayList<>();
        Set<String> forbidden = new LinkedHashSet<>();
        for (String value :
                allowAnyOf || values.isEmpty() ? values : values.subList(values.size() - 1, values.size())) {
            Traits one = traits(value, allowForbidden, allowAnyOf);
            required.addAll(one.required());
            forbidden.addAll(one.forbidden());
        }
        return new Traits(required, forbidden);
    }

    static Traits traits(String value, boolean allowForbidden, boolean allowAnyOf) {
        if (value.startsWith("in:")) {
            if (!allowAnyOf) {
                throw new InvalidRequestException("Invalid query string parameters: The format "
                        + "'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' only supported since microversion 1.39. Got: " + value);
            }
            Set<String> anyOf = new LinkedHashSet<>();
            for (String trait : value.substring(3).split(",", -1)) {
                anyOf.add(trait.strip());
            }
            if (anyOf.contains("")) {
                throw new InvalidRequestException("Invalid query string parameters: Expected 'required' parameter "
                        + "value of the form: in:HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: " + value);
            }
            if (anyOf.stream().anyMatch(t -> t.startsWith("!"))) {
                throw new InvalidRequestException("Invalid query string parameters: The format "
                        + "'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' does not support forbidden traits. Got: " + value);
            }
            return new Traits(List.of(anyOf), Set.of());
        }
        List<String> all =
                Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        Set<String> forbidden = new LinkedHashSet<>();
        List<Set<String>> required = new ArrayList<>();
        boolean empty = false;
        for (String trait : all) {
            if (trait.startsWith("!")) {
                String name = trait.replaceFirst("^!+", "");
                forbidden.add(name);
                empty |= name.isEmpty();
            } else {
                required.add(Set.of(trait));
                empty |= trait.isEmpty();
            }
        }
        if (empty) {
            throw new InvalidRequestException("Invalid query string parameters: Expected 'required' parameter value "
                    + "of the form: "
                    + (allowForbidden ? "HW_CPU_X86_VMX,!CUSTOM_MAGIC" : "HW_CPU_X86_VMX,CUSTOM_MAGIC")
                    + ". Got an empty trait in: " + value);
        }
        if (!forbidden.isEmpty() && !allowForbidden) {
            throw new InvalidRequestException("Invalid query string parameters: Expected 'required' parameter value "
                    + "of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got: " + value);
        }
        return new Traits(required, forbidden);
    }

    /**
     * All values of one {@code member_of*} key.
     *
     * @param allowMultiple  the key may repeat (1.24)
     * @param allowForbidden {@code !uuid} and {@code !in:} (1.32)
     */
    public static Aggregates memberOf(
            List<String> values, String suffix, boolean allowMultiple, boolean allowForbidden) {
        if (!allowMultiple && values.size() > 1) {
            throw new InvalidRequestException("Multiple member_of" + suffix + " parameters are not supported");
        }
        List<Set<String>> required = new ArrayList<>();
        Set<String> forbidden = new LinkedHashSet<>();
        for (String value : values) {
            if (value.contains(",") && !(value.startsWith("in:") || value.startsWith("!in:"))) {
                throw new InvalidRequestException("Multiple values for 'member_of' must be prefixed with the 'in:' "
                        + "or '!in:' keyword using the valid microversion. Got: " + value);
            }
            boolean negative = value.startsWith("!");
            String list = value.startsWith("!in:")
                    ? value.substring(4)
                    : value.startsWith("!") ? value.substring(1) : value.startsWith("in:") ? value.substring(3) : value;
            Set<String> uuids = new LinkedHashSet<>();
            for (String uuid : value.startsWith("in:") || value.startsWith("!in:")
                    ? Arrays.asList(list.split(",", -1))
                    : List.of(list)) {
                if (!isUuidLike(uuid)) {
                    throw new InvalidRequestException("Invalid query string parameters: Expected 'member_of' "
                            + "parameter to contain valid UUID(s). Got: " + uuid);
                }
                uuids.add(canonicalUuid(uuid));
            }
            if (negative) {
                if (!allowForbidden) {
                    throw new InvalidRequestException("Forbidden member_of" + suffix
                            + " parameters are not supported in the specified microversion");
                }
                forbidden.addAll(uuids);
            } else {
                required.add(uuids);
            }
        }
        return new Aggregates(required, forbidden);
    }

    /** An {@code in_tree*} value of /allocation_candidates: stripped, then uuid-like; canonical. */
    public static String inTree(String value) {
        String uuid = PythonInts.strip(value);
        if (!isUuidLike(uuid)) {
            throw new InvalidRequestException("Invalid query string parameters: Expected 'in_tree' parameter to be "
                    + "a format of uuid. Got: " + value);
        }
        return canonicalUuid(uuid);
    }

    /** oslo's is_uuid_like (Placement's "uuid" format too): 32 hex digits once urn:/uuid:, braces and dashes go. */
    public static boolean isUuidLike(String value) {
        return HEX32.matcher(hex(value)).matches();
    }

    /** A uuid-like value written as Placement stores uuids: lower case, dashed. */
    public static String canonicalUuid(String uuidLike) {
        String hex = hex(uuidLike).toLowerCase(java.util.Locale.ROOT);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    private static String hex(String value) {
        return value.replace("urn:", "")
                .replace("uuid:", "")
                .replaceAll("^[{}]+|[{}]+$", "")
                .replace("-", "");
    }
}
