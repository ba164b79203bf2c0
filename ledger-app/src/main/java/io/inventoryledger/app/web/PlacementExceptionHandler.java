package io.inventoryledger.app.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.inventoryledger.core.error.ConflictException;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.LedgerException;
import io.inventoryledger.core.error.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Renders every refusal in Placement's error shape; classifies by type, never by message. */
@RestControllerAdvice
class PlacementExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(PlacementExceptionHandler.class);

    @ExceptionHandler(PlacementHttpException.class)
    void placement(PlacementHttpException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ErrorBodies.write(request, response, e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(LedgerException.class)
    void ledger(LedgerException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (e instanceof NotFoundException) {
            status = HttpStatus.NOT_FOUND;
        } else if (e instanceof ConflictException) {
            status = HttpStatus.CONFLICT;
        }
        ErrorBodies.write(request, response, status, e.code(), e.detail());
    }

    /** The client went away (a stream's subscriber disconnected): nobody to answer, nothing unexpected. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("Client gone: {}", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    void aggregateGone(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorBodies.write(request, response, HttpStatus.NOT_FOUND, ErrorCodes.DEFAULT, "");
    }

    /**
     * A stale generation, one from the future, a lost append race, or a deadlock with a concurrent writer
     * (in the database, or on this node's aggregate locks: this request was chosen as the victim): the caller
     * must re-read.
     */
    @ExceptionHandler({
        ConflictingModificationException.class,
        ConcurrencyException.class,
        PessimisticLockingFailureException.class,
        DeadlockException.class
    })
    void stale(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        conflict(e, request, response, ErrorCodes.CONCURRENT_UPDATE, "resource provider generation conflict");
    }

    /** The only unique key of the read model that a race can break is a provider's name. */
    @ExceptionHandler(DuplicateKeyException.class)
    void duplicate(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        conflict(e, request, response, ErrorCodes.DUPLICATE_NAME, "Conflicting resource provider already exists.");
    }

    /** A 409, unless the conflict was the database going away under the request (then 503). */
    private void conflict(
            Exception e, HttpServletRequest request, HttpServletResponse response, String code, String message)
            throws IOException {
        if (!unavailable(e, request, response)) {
            ErrorBodies.write(request, response, HttpStatus.CONFLICT, code, message);
        }
    }

    /** Normally answered by the route table already; this covers a route Spring maps differently. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void method(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String allow = e.getSupportedHttpMethods() == null
                ? null
                : String.join(
                        ", ",
                        e.getSupportedHttpMethods().stream()
                                .map(Object::toString)
                                .toList());
        ErrorBodies.methodNotAllowed(request, response, allow);
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    void noRoute(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorBodies.write(request, response, HttpStatus.NOT_FOUND, ErrorCodes.DEFAULT, "");
    }

    /** Placement's require_content: the media type without parameters, "None" when absent. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        MediaType given = e.getContentType();
        String name = given == null ? "None" : given.getType() + "/" + given.getSubtype();
        ErrorBodies.write(
                request,
                response,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ErrorCodes.DEFAULT,
                "The media type " + name + " is not supported, use application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void accept(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorBodies.write(
                request, response, HttpStatus.NOT_ACCEPTABLE, ErrorCodes.DEFAULT, "Only application/json is provided");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PlacementHttpException refusal) {
                placement(refusal, request, response);
                return;
            }
        }
        ErrorBodies.write(request, response, HttpStatus.BAD_REQUEST, ErrorCodes.DEFAULT, "Malformed JSON: " + why(e));
    }

    @ExceptionHandler({ServletRequestBindingException.class, MethodArgumentTypeMismatchException.class})
    void badParameter(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorBodies.write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                ErrorCodes.DEFAULT,
                "Invalid query string parameters: " + e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (unavailable(e, request, response)) {
            return;
        }
        log.error("Unexpected failure for {} {}", request.getMethod(), request.getRequestURI(), e);
        ErrorBodies.write(
                request,
                response,
                HttpStatus.INTERNAL_SERVER_ERROR,
                ErrorCodes.DEFAULT,
                "An unexpected error prevented the request from completing.");
    }

    /**
     * 503 with Retry-After when the database could not be used (down, restarting, the session killed): no write
     * of this request was stored, except when the session broke while committing, which nobody can tell here.
     */
    private static boolean unavailable(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        DatabaseUnavailable kind = DatabaseUnavailable.of(e);
        if (kind == null) {
            return false;
        }
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        ErrorBodies.write(
                request,
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                ErrorCodes.DATABASE_UNAVAILABLE,
                kind == DatabaseUnavailable.NO_CONNECTION
                        ? "The service cannot reach its database right now; nothing was changed. Please retry."
                        : "The service lost its database connection during the request; a write was not stored"
                                + " unless the connection broke while committing. Read the resource, then retry.");
        return true;
    }

    /** Jackson's own words without its source excerpt, or that the body was empty. */
    private static String why(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String where = at == null ? "" : ": line " + at.getLineNr() + " column " + at.getColumnNr();
            return json.getOriginalMessage().lines().findFirst().orElse("invalid JSON") + where;
        }
        return "Expecting value: line 1 column 1 (char 0)";
    }
}
