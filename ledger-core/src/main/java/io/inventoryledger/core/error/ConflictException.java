package io.inventoryledger.core.error;

/** The request conflicts with the current state (HTTP 409). */
public class ConflictException extends LedgerException {
    public ConflictException(String code, String detail) {
        super(code, detail);
    }

    public ConflictException(String detail) {
        this(ErrorCodes.DEFAULT, detail);
    }
}
