package io.inventoryledger.projections.candidates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only dictionary of names (resource classes, traits, aggregate uuids) to dense int ids.
 * Ids never change, so indexes keyed by id stay valid across snapshots; adding a name copies the
 * dictionary (names are added rarely, looked up on every query).
 */
final class NameIndex {
    static final NameIndex EMPTY = new NameIndex(List.of(), Map.of());

    private final List<String> names;
    private final Map<String, Integer> ids;

    private NameIndex(List<String> names, Map<String, Integer> ids) {
        this.names = names;
        this.ids = ids;
    }

    /** The id of {@code name}, or -1 when no snapshot has seen it. */
    int id(String name) {
        Integer id = ids.get(name);
        return id == null ? -1 : id;
    }

    String name(int id) {
        return names.get(id);
    }

    int size() {
        return names.size();
    }

    /** Mutable growth for an editor: returns this when nothing is new. */
    static final class Growing {
        private final NameIndex base;
        private List<String> names;
        private Map<String, Integer> ids;

        Growing(NameIndex base) {
            this.base = base;
        }

        /** The id of a name, or -1 (without adding it). */
        int id(String name) {
            return ids != null ? ids.getOrDefault(name, -1) : base.id(name);
        }

        String name(int id) {
            return names != null ? names.get(id) : base.name(id);
        }

        /** The id of a name, added when new. */
        int idOf(String name) {
            int id = id(name);
            if (id >= 0) {
                return id;
            }
            if (ids == null) {
                names = new ArrayList<>(base.names);
                ids = new HashMap<>(base.ids);
            }
            id = names.size();
            names.add(name);
            ids.put(name, id);
            return id;
        }

        NameIndex build() {
            return ids == null ? base : new NameIndex(List.copyOf(names), Map.copyOf(ids));
        }
    }
}
