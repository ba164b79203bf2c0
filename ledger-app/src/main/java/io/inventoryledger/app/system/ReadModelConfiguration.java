package io.inventoryledger.app.system;

import io.inventoryledger.projections.allocation.AllocationSlice;
import io.inventoryledger.projections.candidateindex.CandidateIndexSlice;
import io.inventoryledger.projections.catalog.CatalogSlice;
import io.inventoryledger.projections.consistency.ConsistencyConfiguration;
import io.inventoryledger.projections.dashboard.DashboardSlice;
import io.inventoryledger.projections.history.HistorySlice;
import io.inventoryledger.projections.provider.ProviderSlice;
import io.inventoryledger.projections.rebuild.RebuildConfiguration;
import io.inventoryledger.projections.slice.ReadModelSlicesConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The read models: each is a slice that declares its own beans and its {@code ReadModelSlice} (tables, projections,
 * after-reset step) in its package of ledger-projections; registering one is adding it here. Resets, rebuilds and
 * comparisons take their tables from the slices.
 */
@Configuration(proxyBeanMethods = false)
@Import({
    ProviderSlice.class,
    CatalogSlice.class,
    AllocationSlice.class,
    CandidateIndexSlice.class,
    DashboardSlice.class,
    HistorySlice.class,
    ReadModelSlicesConfiguration.class,
    RebuildConfiguration.class,
    ConsistencyConfiguration.class
})
public class ReadModelConfiguration {}
