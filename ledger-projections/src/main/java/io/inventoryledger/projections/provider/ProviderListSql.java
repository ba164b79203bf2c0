package io.inventoryledger.projections.provider;

import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds the provider list query: one EXISTS / NOT EXISTS per filter, each served by an index
 * (aggregate → providers, trait → providers, provider → inventory, provider+class → allocations).
 * Capacity is checked as Placement does: used + amount within (total - reserved) × ratio, and the
 * amount within min_unit..max_unit on a step_size multiple.
 */
final class ProviderListSql {
    private final ReadModelTables tables;
    private final StringBuilder where = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    private ProviderListSql(ReadModelTables tables) {
        this.tables = tables;
    }

    static ProviderListSql build(ReadModelTables tables, String columns, ProviderCriteria criteria) {
        ProviderListSql sql = new ProviderListSql(tables);
        sql.apply(criteria);
        sql.where.insert(0, "SELECT " + columns + " FROM " + tables.of("resource_providers") + " rp WHERE 1 = 1");
        sql.where.append(" ORDER BY rp.created_at, rp.uuid");
        return sql;
    }

    String text() {
        return where.toString();
    }

    Object[] args() {
        return args.toArray();
    }

    private void apply(ProviderCriteria c) {
        if (c.name() != null) {
            and(" AND rp.name = ?", c.name());
        }
        if (c.uuid() != null) {
            and(" AND rp.uuid = ?", c.uuid());
        }
        if (c.inTree() != null) {
            and(
                    " AND rp.root_uuid = (SELECT t.root_uuid FROM " + tables.of("resource_providers")
                            + " t WHERE t.uuid = ?)",
                    c.inTree());
        }
        c.memberOf().forEach(anyOf -> withRow("provider_aggregates", "aggregate_uuid", anyOf));
        if (!c.forbiddenAggregates().isEmpty()) {
            withoutRow("provider_aggregates", "aggregate_uuid", c.forbiddenAggregates());
        }
        c.requiredTraits().forEach(anyOf -> withRow("provider_traits", "trait", anyOf));
        if (!c.forbiddenTraits().isEmpty()) {
            withoutRow("provider_traits", "trait", c.forbiddenTraits());
        }
        new TreeMap<>(c.resources()).forEach(this::capacityFor);
    }

    private void capacityFor(String resourceClass, long amount) {
        where.append(" AND EXISTS (SELECT 1 FROM ")
                .append(tables.of("inventories"))
                .append(" i WHERE i.provider_uuid = rp.uuid AND i.resource_class = ?")
                .append(" AND i.min_unit <= ? AND i.max_unit >= ? AND MOD(?, i.step_size) = 0")
                .append(" AND COALESCE((SELECT SUM(a.used) FROM ")
                .append(tables.of("allocations"))
                .append(" a WHERE a.provider_uuid = rp.uuid AND a.resource_class = ?), 0) + ?")
                .append(" <= (i.total - i.reserved) * i.allocation_ratio)");
        Collections.addAll(args, resourceClass, amount, amount, amount, resourceClass, amount);
    }

    private void and(String clause, Object arg) {
        where.append(clause);
        args.add(arg);
    }

    /** Providers with a row of {@code table} (keyed by provider) whose {@code column} is one of {@code values}. */
    private void withRow(String table, String column, Collection<?> values) {
        in(" AND EXISTS" + rowOf(table, column), values);
    }

    /** Providers without any such row. */
    private void withoutRow(String table, String column, Collection<?> values) {
        in(" AND NOT EXISTS" + rowOf(table, column), values);
    }

    private String rowOf(String table, String column) {
        return " (SELECT 1 FROM " + tables.of(table) + " r WHERE r.provider_uuid = rp.uuid AND r." + column + " IN (";
    }

    private void in(String opening, Collection<?> values) {
        where.append(opening)
                .append(String.join(", ", Collections.nCopies(values.size(), "?")))
                .append("))");
        args.addAll(values);
    }
}
