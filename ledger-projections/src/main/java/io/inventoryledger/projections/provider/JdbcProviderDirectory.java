package io.inventoryledger.projections.provider;

import io.inventoryledger.core.provider.ProviderDirectory;
import io.inventoryledger.projections.schema.ReadModelJdbc;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The provider directory over the live read model, inside the command's transaction. Row locks
 * (FOR UPDATE) serialise a child's creation with its parent's deletion.
 */
public class JdbcProviderDirectory extends ReadModelJdbc implements ProviderDirectory {
    public JdbcProviderDirectory(JdbcTemplate jdbc, ReadModelTables tables) {
        super(jdbc, tables);
    }

    @Override
    public boolean existsLocked(UUID provider) {
        return !lock(provider).isEmpty();
    }

    @Override
    public UUID parentOf(UUID provider) {
        List<UUID> parents = jdbc.queryForList(
                "SELECT parent_uuid FROM " + tables.of("resource_providers") + " WHERE uuid = ?", UUID.class, provider);
        return parents.isEmpty() ? null : parents.get(0);
    }

    @Override
    public boolean hasChildrenLocked(UUID provider) {
        lock(provider);
        Integer children = jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + tables.of("resource_providers") + " WHERE parent_uuid = ?",
                Integer.class,
                provider);
        return children != null && children > 0;
    }

    @Override
    public boolean isInSubtree(UUID candidate, UUID ancestor) {
        UUID current = candidate;
        for (int depth = 0; current != null && depth < 10_000; depth++) {
            if (Objects.equals(current, ancestor)) {
                return true;
            }
            current = parentOf(current);
        }
        return false;
    }

    @Override
    public boolean nameTakenByOther(String name, UUID except) {
        Integer others = jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + tables.of("resource_providers") + " WHERE name = ? AND uuid <> ?",
                Integer.class,
                name,
                except);
        return others != null && others > 0;
    }

    private List<UUID> lock(UUID provider) {
        return jdbc.queryForList(
                "SELECT uuid FROM " + tables.of("resource_providers") + " WHERE uuid = ? FOR UPDATE",
                UUID.class,
                provider);
    }
}
