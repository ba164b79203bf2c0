package io.inventoryledger.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.projections.allocation.AllocationProjection;
import io.inventoryledger.projections.catalog.CatalogProjection;
