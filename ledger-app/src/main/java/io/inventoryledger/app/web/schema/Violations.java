package io.inventoryledger.app.web.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns networknt's errors into Python jsonschema's violations and picks the one that
 * {@code jsonschema.exceptions.best_match} would raise.
 */
final class Violations {
    private final JsonNode schema;
    private final JsonNode instance;

    Violations(JsonNode schema, JsonNode instance) {
        this.schema = schema;
        this.instance = instance;
    }

    Violation best(List<Error> errors) {
        List<Violation> violations =
                group(errors.stream().map(Violations::single).toList(), 0);
        Violation best = violations.stream()
                .sorted(Comparator.comparing(this::schemaOrder, Violations::compare))
                .reduce((a, b) -> relevance().compare(b, a) > 0 ? b : a)
                .orElseThrow();
        while (!best.context().isEmpty()) {
            List<Violation> smallest =
                    best.context().stream().sorted(relevance()).limit(2).toList();
            if (smallest.size() == 2 && relevance().compare(smallest.get(0), smallest.get(1)) == 0) {
                return best;
            }
            best = smallest.get(0);
        }
        return best;
    }

    /** Python's relevance: shallower first, anyOf/oneOf weaker, then a value of the wrong type. */
    private Comparator<Violation> relevance() {
        return Comparator.<Violation>comparingInt(v -> -v.instancePath().size())
                .thenComparing(v -> !v.isWeak())
                .thenComparing(v -> !matchesType(v));
    }

    private boolean matchesType(Violation violation) {
        JsonNode type = at(schema, violation.subschemaPath()).get("type");
        if (type == null) {
            return false;
        }
        JsonNode value = at(instance, violation.instancePath());
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (JsonTypes.is(value, t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return JsonTypes.is(value, type.asText());
    }

    private static Violation single(Error error) {
        List<Object> schemaPath = elements(error.getSchemaLocation().getFragment());
        List<String> names = error.getProperty() == null ? List.of() : List.of(error.getProperty());
        return new Violation(error.getKeyword(), schemaPath, elements(error.getInstanceLocation()), names, List.of());
    }

    /**
     * networknt reports each failing alternative of anyOf/oneOf and each unexpected property on its own;
     * Python raises one anyOf error holding the alternatives and one additionalProperties error naming all.
     */
    private static List<Violation> group(List<Violation> flat, int from) {
        Map<List<Object>, List<Violation>> byKey = new LinkedHashMap<>();
        List<Violation> out = new ArrayList<>();
        for (Violation v : flat) {
            int alternative = indexOfAlternatives(v.schemaPath(), from);
            if (alternative >= 0) {
                List<Object> key = new ArrayList<>(v.schemaPath().subList(0, alternative + 1));
                key.add(v.instancePath());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            } else if (v.keyword().equals("additionalProperties")) {
                List<Object> key = new ArrayList<>(v.schemaPath());
                key.add(v.instancePath());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            } else {
                out.add(v);
            }
        }
        byKey.forEach((key, members) -> {
            Violation first = members.get(0);
            if (first.keyword().equals("additionalProperties") && indexOfAlternatives(first.schemaPath(), from) < 0) {
                List<String> names = members.stream()
                        .flatMap(m -> m.names().stream())
                        .distinct()
                        .toList();
                out.add(new Violation(first.keyword(), first.schemaPath(), first.instancePath(), names, List.of()));
            } else {
                int alternative = indexOfAlternatives(first.schemaPath(), from);
                List<Object> path = first.schemaPath().subList(0, alternative + 1);
                out.add(new Violation(
                        path.get(alternative).toString(),
                        path,
                        first.instancePath(),
                        List.of(),
                        group(members, alternative + 2)));
            }
        });
        return out;
    }

    private static int indexOfAlternatives(List<Object> path, int from) {
        for (int i = from; i < path.size() - 1; i++) {
            if (path.get(i).equals("anyOf") || path.get(i).equals("oneOf")) {
                return i;
            }
        }
        return -1;
    }

    /** Python walks the schema in its key order: the position of each step breaks ties. */
    private List<Integer> schemaOrder(Violation violation) {
        List<Integer> order = new ArrayList<>();
        JsonNode node = schema;
        for (Object element : violation.schemaPath()) {
            if (element instanceof Integer index) {
                order.add(index);
                node = node.path(index);
                continue;
            }
            int position = 0;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); position++) {
                if (names.next().equals(element)) {
                    break;
                }
            }
            order.add(position);
            node = node.path(element.toString());
        }
        return order;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static List<Object> elements(NodePath path) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            elements.add(path.getElement(i));
        }
        return elements;
    }

    static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object element : path) {
            node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
        }
        return node;
    }
}
