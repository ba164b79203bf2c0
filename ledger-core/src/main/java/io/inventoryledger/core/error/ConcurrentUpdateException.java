package io.inventoryledger.core.error;

/** The caller's view is stale (or a race was lost): it must re-read and try again (HTTP 409). */
public class ConcurrentUpdateException extends ConflictException {
    public ConcurrentUpdateException(String detail) {
        super(ErrorCodes.CONCURRENT_UPDATE, detail);
    }
}
