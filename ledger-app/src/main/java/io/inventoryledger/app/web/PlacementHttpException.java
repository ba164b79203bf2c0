package io.inventoryledger.app.web;

import io.inventoryledger.core.error.ErrorCodes;
import org.springframework.http.HttpStatus;

/** A refusal decided by the HTTP layer (bad JSON, bad query, wrong version), with Placement's code. */
public class PlacementHttpException extends RuntimeException {
    private final HttpStatus status;
    private final String code;

    public PlacementHttpException(HttpStatus status, String detail) {
        this(status, ErrorCodes.DEFAULT, detail);
    }

    public PlacementHttpException(HttpStatus status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static PlacementHttpException badRequest(String detail) {
        return new PlacementHttpException(HttpStatus.BAD_REQUEST, detail);
    }

    public static PlacementHttpException notFound(String detail) {
        return new PlacementHttpException(HttpStatus.NOT_FOUND, detail);
    }
}
