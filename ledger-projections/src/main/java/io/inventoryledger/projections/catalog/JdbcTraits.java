package io.inventoryledger.projections.catalog;

import io.inventoryledger.core.trait.StandardTraits;
import io.inventoryledger.core.trait.TraitCatalog;
import io.inventoryledger.core.trait.TraitUsage;
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
public class JdbcTraits extends JdbcCustomNames implements TraitCatalog, TraitUsage {
    public JdbcTraits(JdbcTemplate jdbc, ReadModelTables tables, RowLocks locks) {
        super(jdbc, tables, locks);
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
        return inUseLocked("custom_traits", trait, "provider_traits", "trait");
    }
}
