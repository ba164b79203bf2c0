package io.inventoryledger.projections.catalog;

import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import io.inventoryledger.core.resourceclass.ResourceClassUsage;
import io.inventoryledger.core.resourceclass.StandardResourceClasses;
import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.schema.RowLocks;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The resource class catalog over the live read model, inside the command's transaction. An inventory
 * write share-locks the custom class it names and a delete locks it exclusively before counting
 * inventories, so a class cannot be deleted while an inventory is taking it up.
 */
public class JdbcResourceClasses extends JdbcCustomNames implements ResourceClassCatalog, ResourceClassUsage {
    public JdbcResourceClasses(JdbcTemplate jdbc, ReadModelTables tables, RowLocks locks) {
        super(jdbc, tables, locks);
    }

    @Override
    public boolean exists(String resourceClass) {
        return StandardResourceClasses.isStandard(resourceClass)
                || !jdbc.queryForList(
                                "SELECT name FROM " + tables.of("custom_resource_classes") + " WHERE name = ?"
                                        + locks.forShare(),
                                String.class,
                                resourceClass)
                        .isEmpty();
    }

    @Override
    public boolean isInUseLocked(String resourceClass) {
        return inUseLocked("custom_resource_classes", resourceClass, "inventories", "resource_class");
    }
}
