package io.inventoryledger.bench;

import java.util.Optional;

/**
 * A server under benchmark: a name for the table, its base URL, how to empty it between workloads, how to settle
 * its database after a workload's setup (vacuum and analyze, as a store that has been running; nothing when the
 * database is not known), and (for our own service only) the process handle that W4 needs.
 */
record Target(String name, PlacementHttp http, Runnable reset, Runnable settle, Optional<LedgerService> ledger) {}
