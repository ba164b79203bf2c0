package io.inventoryledger.projections.dashboard;

/**
 * Capacity and usage of one resource class over a set of providers: {@code capacity} is what may be allocated
 * ((total - reserved) * allocation ratio, per provider), {@code free} is capacity minus used (negative when an
 * inventory shrank under its allocations).
 */
public record DashboardFigures(
        String resourceClass, long providers, long total, long reserved, long capacity, long used) {
    public long free() {
        return capacity - used;
    }
}
