package io.inventoryledger.projections.allocation;

import io.inventoryledger.core.provider.ProviderUsages;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Provider usage from {@code provider_usages}, read in the command's transaction. Each read is a fresh
 * statement (READ COMMITTED), so it sees every write committed before it, claims queued on the provider's
 * claim lock included.
 */
public class JdbcProviderUsages extends ReadModelJdbc implements ProviderUsages {
    public JdbcProviderUsages(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
    }

    @Override
    public Map<String, Long> of(UUID provider) {
        Map<String, Long> used = new TreeMap<>();
        jdbc.query(
                "SELECT resource_class, used FROM " + tables.of("provider_usages")
                        + " WHERE provider_uuid = ? AND used > 0",
                rs -> {
                    used.put(rs.getString("resource_class"), rs.getLong("used"));
                },
                provider);
        return used;
    }

    @Override
    public Map<UUID, Map<String, Long>> ofAll(Collection<UUID> providers) {
        Map<UUID, Map<String, Long>> all = new HashMap<>();
        providers.forEach(provider -> all.put(provider, new TreeMap<>()));
        if (providers.isEmpty()) {
            return all;
        }
        jdbc.query(
                "SELECT provider_uuid, resource_class, used FROM " + tables.of("provider_usages")
                        + " WHERE provider_uuid IN (" + String.join(",", Collections.nCopies(providers.size(), "?"))
                        + ") AND used > 0",
                rs -> {
                    all.get(rs.getObject("provider_uuid", UUID.class))
                            .put(rs.getString("resource_class"), rs.getLong("used"));
                },
                providers.toArray());
        return all;
    }
}
