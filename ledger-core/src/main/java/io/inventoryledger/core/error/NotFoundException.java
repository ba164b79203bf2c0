package io.inventoryledger.core.error;

/** The addressed thing does not exist (HTTP 404). */
public class NotFoundException extends LedgerException {
    public NotFoundException(String detail) {
        super(ErrorCodes.DEFAULT, detail);
    }
}
