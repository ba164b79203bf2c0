package io.inventoryledger.core.provider;

/**
 * One resource class's inventory on a provider, with Placement's fields.
 * Capacity for allocations is {@code (total - reserved) * allocationRatio}.
 */
public record Inventory(long total, long reserved, long minUnit, long maxUnit, long stepSize, double allocationRatio) {

    public static final long MAX_INT = 2147483647L;
    public static final long DEFAULT_RESERVED = 0;
    public static final long DEFAULT_MIN_UNIT = 1;
    public static final long DEFAULT_MAX_UNIT = MAX_INT;
    public static final long DEFAULT_STEP_SIZE = 1;
    public static final double DEFAULT_ALLOCATION_RATIO = 1.0;

    /** An inventory of {@code total} with every other field at Placement's default. */
    public static Inventory ofTotal(long total) {
        return new Inventory(
                total,
                DEFAULT_RESERVED,
                DEFAULT_MIN_UNIT,
                DEFAULT_MAX_UNIT,
                DEFAULT_STEP_SIZE,
                DEFAULT_ALLOCATION_RATIO);
    }

    /** How much may be allocated in all, as Placement computes it (truncated toward zero). */
    public long capacity() {
        return (long) ((total - reserved) * allocationRatio);
    }
}
