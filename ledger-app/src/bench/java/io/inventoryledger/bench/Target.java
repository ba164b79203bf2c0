package io.inventoryledger.bench;

import java.util.Optional;

/**
 * A server under benchmark: a name for the table, its base URL, how to empty it between workloads, and (for our
 * own service only) the process handle that W4 needs.
 */
record Target(String name, PlacementHttp http, Runnable reset, Optional<LedgerService> ledger) {
}
