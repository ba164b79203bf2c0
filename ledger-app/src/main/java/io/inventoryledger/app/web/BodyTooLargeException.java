package io.inventoryledger.app.web;

import org.springframework.http.HttpStatus;

/** A request body over the configured limit ({@code ledger.http.max-body-bytes}): 413. */
final class BodyTooLargeException extends PlacementHttpException {
    BodyTooLargeException(long max) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "Request body is larger than " + max + " bytes.");
    }
}
