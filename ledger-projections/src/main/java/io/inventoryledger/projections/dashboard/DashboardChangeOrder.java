package io.inventoryledger.projections.dashboard;

import java.util.Comparator;
import java.util.UUID;

/** Provider rows are locked in the order PostgreSQL sorts uuids (unsigned, most significant half first). */
final class DashboardChangeOrder {
    static final Comparator<UUID> UUIDS = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private DashboardChangeOrder() {}
}
