package io.inventoryledger.app.web;

import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.LedgerException;
import io.inventoryledger.core.error.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Map;

/** Renders every refusal in Placement's error shape; classifies by type, never by message. */
@RestControllerAdvice
class PlacementExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(PlacementExceptionHandler.class);

    @ExceptionHandler(PlacementHttpException.class)
    ResponseEntity<Map<String, Object>> placement(PlacementHttpException e, HttpServletRequest request) {
        return render(request, e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(LedgerException.class)
    ResponseEntity<Map<String, Object>> ledger(LedgerException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (e instanceof NotFoundException) {
            status = HttpStatus.NOT_FOUND;
        } else if (e instanceof ConflictException) {
            status = HttpStatus.CONFLICT;
        }
        return render(request, status, e.code(), e.detail());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Map<String, Object>> aggregateGone(AggregateNotFoundException e, HttpServletRequest request) {
        return render(request, HttpStatus.NOT_FOUND, ErrorCodes.DEFAULT, "The resource could not be found.");
    }

    /**
     * A stale generation, one from the future, a lost append race, or a deadlock with a concurrent writer
     * in the read model (the database chose this request as the victim): the caller must re-read.
     */
    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class,
            PessimisticLockingFailureException.class})
    ResponseEntity<Map<String, Object>> stale(RuntimeException e, HttpServletRequest request) {
        return render(request, HttpStatus.CONFLICT, ErrorCodes.CONCURRENT_UPDATE,
                "resource provider generation conflict");
    }

    /** The only unique key of the read model that a race can break is a provider's name. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Map<String, Object>> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return render(request, HttpStatus.CONFLICT, ErrorCodes.DUPLICATE_NAME,
                "Conflicting resource provider already exists.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String allowed = e.getSupportedHttpMethods() == null ? ""
                : String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).sorted().toList());
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, allowed)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBodies.body(request, HttpStatus.METHOD_NOT_ALLOWED, ErrorCodes.DEFAULT,
                        "The method specified is not allowed for this resource."));
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<Map<String, Object>> noRoute(Exception e, HttpServletRequest request) {
        return render(request, HttpStatus.NOT_FOUND, ErrorCodes.DEFAULT, "The resource could not be found.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String given = e.getContentType() == null ? "None" : e.getContentType().toString();
        return render(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.DEFAULT,
                "The media type " + given + " is not supported, use application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> accept(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return render(request, HttpStatus.NOT_ACCEPTABLE, ErrorCodes.DEFAULT, "Only application/json is provided");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return render(request, HttpStatus.BAD_REQUEST, ErrorCodes.DEFAULT, "Malformed JSON: the body is not valid JSON.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure for {} {}", request.getMethod(), request.getRequestURI(), e);
        return render(request, HttpStatus.INTERNAL_SERVER_ERROR, ErrorCodes.DEFAULT,
                "An unexpected error prevented the request from completing.");
    }

    private static ResponseEntity<Map<String, Object>> render(HttpServletRequest request, HttpStatus status,
                                                              String code, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBodies.body(request, status, code, detail));
    }
}
