package io.inventoryledger.bench;

/** A pause between polls or attempts (a benchmark driver, not a test: no Awaitility here). */
final class Pause {
    private Pause() {}

    /** Sleeps; an interrupt ends it early and stays set for the caller's loop to see. */
    static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
