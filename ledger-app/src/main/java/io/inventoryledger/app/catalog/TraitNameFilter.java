package io.inventoryledger.app.catalog;

import io.inventoryledger.app.web.PlacementHttpException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** GET /traits?name=in:A,B or ?name=startswith:PRE, read as Placement reads it. */
final class TraitNameFilter {
    private TraitNameFilter() {}

    static Predicate<String> parse(String value) {
        if (value == null) {
            return name -> true;
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw PlacementHttpException.badRequest("Badly formatted name parameter. Expected name query string"
                    + " parameter in form: ?name=[in|startswith]:[name1,name2|prefix]. Got: \"" + value + "\"");
        }
        String op = value.substring(0, colon);
        String operand = value.substring(colon + 1);
        return switch (op) {
            case "in" -> Set.copyOf(List.of(operand.split(",", -1)))::contains;
            case "startswith" -> name -> name.startsWith(operand);
            // Placement ignores an operator it does not know
            default -> name -> true;
        };
    }
}
