package io.inventoryledger.projections.history;

/** A change of the catalog (a custom resource class or trait) as a history entry: what happened, no diff. */
final class CatalogEntries {
    private CatalogEntries() {}

    static HistoryEntry of(RecordedEvent event) {
        String type = event.payload().getClass().getSimpleName();
        String action = type.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        return new HistoryEntry(
                event.position(),
                HistoryEntry.Subject.CATALOG,
                null,
                1,
                event.sequence(),
                action,
                event.streamId(),
                event.time(),
                event.context(),
                new Diff.Builder().build());
    }
}
