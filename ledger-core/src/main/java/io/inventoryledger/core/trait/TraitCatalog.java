package io.inventoryledger.core.trait;

import java.util.Collection;
import java.util.SortedSet;

/**
 * Which traits exist: the standard ones plus the custom ones recorded in the ledger. Implemented over
 * the read tables in the command's transaction; the custom traits it finds stay undeletable until it ends.
 */
@FunctionalInterface
public interface TraitCatalog {
    /** The names among {@code traits} that are no trait at all, sorted. */
    SortedSet<String> unknownAmong(Collection<String> traits);
}
