package io.inventoryledger.app.web.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON values written as Python's repr() writes the decoded value, because Placement's validation
 * messages quote request values that way ('abc', None, True, {'a': 1}).
 */
public final class PythonRepr {
    private PythonRepr() {}

    /** repr() of a list of strings: ['a', 'b']. */
    public static String list(Collection<String> values) {
        return values.stream().map(PythonRepr::string).collect(Collectors.joining(", ", "[", "]"));
    }

    /** repr(): objects keep their key order. */
    static String of(JsonNode node) {
        return write(node, false);
    }

    /** pprint's ordering: object keys sorted (its line wrapping is not kept: Placement's detail flattens it). */
    static String sorted(JsonNode node) {
        return write(node, true);
    }

    /** repr() of a string: single quotes unless it holds one and no double quote; escapes as Python writes them. */
    public static String string(String text) {
        String quote = text.contains("'") && !text.contains("\"") ? "\"" : "'";
        StringBuilder out = new StringBuilder(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (String.valueOf(c).equals(quote)) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(quote).toString();
    }

    private static String write(JsonNode node, boolean sortKeys) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "None";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        if (node.isTextual()) {
            return string(node.textValue());
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return floating(node.doubleValue());
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(write(item, sortKeys)));
            return "[" + String.join(", ", items) + "]";
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        if (sortKeys) {
            keys.sort(null);
        }
        List<String> entries = new ArrayList<>();
        for (String key : keys) {
            entries.add(string(key) + ": " + write(node.get(key), sortKeys));
        }
        return "{" + String.join(", ", entries) + "}";
    }

    /** Python's float repr: shortest digits, scientific below 1e-4 and from 1e16 on. */
    static String floating(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = exact.toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }
}
