package io.inventoryledger.projections.rebuild;
