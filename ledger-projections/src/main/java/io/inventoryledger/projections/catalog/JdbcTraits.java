package io.inventoryledger.projections.catalog;

import io.inventoryledger.core.trait.StandardTraits;
import io.inventoryledger.core.trait.TraitCatalog;
import io.inventoryledger.core.trait.TraitUsage;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.schema.RowLocks;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trait catalog over the live read model, inside the command's transaction. Setting a provider's
 * traits share-locks the custom traits named; a trait delete locks its row exclusively before looking
 * for providers that have it.
 */
public class JdbcTraits extends ReadModelJdbc implements TraitCatalog, TraitUsage {
    private final RowLocks locks;

    public JdbcTraits(JdbcTemplate jdbc, ReadModelTables tables, RowLocks locks) {
        super(jdbc, tables);
        this.locks = locks;
    }

    @Override
    public SortedSet<String> unknownAmong(Collection<String> traits) {
        SortedSet<String> custom = new TreeSet<>();
        traits.stream().filter(t -> !StandardTraits.isStandard(t)).forEach(custom::add);
        if (custom.isEmpty()) {
            return custom;
        }
        String marks = String.join(", ", Collections.nCopies(custom.size(), "?"));
        List<String> found = jdbc.queryForList(
                "SELECT name FROM " + tables.of("custom_traits") + " WHERE name IN (" + marks + ") ORDER BY name"
                        + locks.forShare(),
                String.class,
                custom.toArray());
        custom.removeAll(found);
        return custom;
    }

    @Override
    public boolean isAssociatedLocked(String trait) {
        jdbc.queryForList(
                "SELECT name FROM " + tables.of("custom_traits") + " WHERE name = ?" + locks.forUpdate(),
                String.class,
                trait);
        return !jdbc.queryForList(
                        "SELECT provider_uuid FROM " + tables.of("provider_traits")
                                + " WHERE trait = ? FETCH FIRST 1 ROWS ONLY",
                        Object.class,
                        trait)
                .isEmpty();
    }
}
