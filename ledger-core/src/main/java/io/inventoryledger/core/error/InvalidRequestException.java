package io.inventoryledger.core.error;

/** The request breaks a rule that no retry can fix (HTTP 400). */
public class InvalidRequestException extends LedgerException {
    public InvalidRequestException(String detail) {
        this(ErrorCodes.DEFAULT, detail);
    }

    public InvalidRequestException(String code, String detail) {
        super(code, detail);
    }
}
