package io.inventoryledger.app.ops;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The outcome of a consistency check. {@code overCapacity} is for attention, not an inconsistency:
 * Placement lets an operator shrink inventory below what is already allocated.
 */
public record ConsistencyReport(
        boolean consistent,
        @JsonProperty("providers_checked") int providersChecked,
        @JsonProperty("consumers_checked") int consumersChecked,
        List<String> problems,
        @JsonProperty("over_capacity") List<String> overCapacity) {}
