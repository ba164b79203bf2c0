package io.inventoryledger.app.provider;

import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * member_of values, as Placement reads them: a uuid, {@code in:a,b} (any of), repeated = all of (1.24),
 * {@code !a} / {@code !in:a,b} forbidden (1.32).
 */
record MemberOfQuery(List<Set<UUID>> required, Set<UUID> forbidden) {

    static MemberOfQuery parse(List<String> values, Microversion version) {
        if (!version.isAtLeast(24) && values.size() > 1) {
            throw PlacementHttpException.badRequest("Multiple member_of parameters are not supported");
        }
        List<Set<UUID>> required = new ArrayList<>();
        Set<UUID> forbidden = new HashSet<>();
        for (String value : values) {
            if (value.contains(",") && !(value.startsWith("in:") || value.startsWith("!in:"))) {
                throw PlacementHttpException.badRequest("Multiple values for 'member_of' must be prefixed with the"
                        + " 'in:' or '!in:' keyword using the valid microversion. Got: " + value);
            }
            if (value.startsWith("!in:")) {
                forbidden(forbidden, uuids(value.substring(4)), version);
            } else if (value.startsWith("!")) {
                forbidden(forbidden, uuids(value.substring(1)), version);
            } else if (value.startsWith("in:")) {
                required.add(uuids(value.substring(3)));
            } else {
                required.add(uuids(value));
            }
        }
        return new MemberOfQuery(required, forbidden);
    }

    private static void forbidden(Set<UUID> forbidden, Set<UUID> more, Microversion version) {
        if (!version.isAtLeast(32)) {
            throw PlacementHttpException.badRequest(
                    "Forbidden member_of parameters are not supported in the specified microversion");
        }
        forbidden.addAll(more);
    }

    private static Set<UUID> uuids(String list) {
        Set<UUID> uuids = new HashSet<>();
        for (String text : list.split(",", -1)) {
            UUID uuid = Uuids.parseOrNull(text);
            if (uuid == null) {
                throw ProviderFilter.invalidQuery(
                        "Expected 'member_of' parameter to contain valid UUID(s). Got: " + text);
            }
            uuids.add(uuid);
        }
        return uuids;
    }
}
