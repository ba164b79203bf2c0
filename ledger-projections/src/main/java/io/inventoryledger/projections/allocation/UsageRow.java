package io.inventoryledger.projections.allocation;

/** Usage of one resource class by one group of consumers (a consumer type, "all" or "unknown"). */
public record UsageRow(String consumerType, String resourceClass, long used, int consumerCount) {}
