package io.inventoryledger.core.error;

/** A refused request: carries a stable Placement error code and a human-readable detail. */
public abstract class LedgerException extends RuntimeException {
    private final String code;

    protected LedgerException(String code, String detail) {
        super(detail, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }
}
