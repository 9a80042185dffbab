package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import vn.ishc.identity.AuditLog;
import vn.ishc.shared.DatabaseOutage;
import vn.ishc.shared.BusyException;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.InvalidParameterException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.UserFacingException;

/**
 * API errors as RFC 9457 problem details in the caller's language (Accept-Language), with an
 * {@code errors} list naming each field, its value where safe, and what is wrong with it.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;
    private final AuditLog audit;
    private final UploadLimit uploadLimit;

    ApiErrors(MessageSource messages, AuditLog audit, UploadLimit uploadLimit) {
        this.messages = messages;
        this.audit = audit;
        this.uploadLimit = uploadLimit;
    }

    /** One field's problem. */
    record FieldError(String field, Object value, String message) {
    }

    @ExceptionHandler(OutOfScopeException.class)
    ProblemDetail outOfScope(OutOfScopeException e, HttpServletRequest request, Principal principal, Locale locale) {
        audit.refused(principal == null ? "anonymous" : principal.getName(),
                request.getMethod() + " " + request.getRequestURI(), e.what());
        return problem(HttpStatus.FORBIDDEN, e, locale);
    }

    /** A role that may not do this (e.g. a partner viewer changing a village): refused and audited. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request, Principal principal, Locale locale) {
        audit.refused(principal == null ? "anonymous" : principal.getName(),
                request.getMethod() + " " + request.getRequestURI(), "role");
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("error.roleNotAllowed", null, locale));
        p.setTitle(messages.getMessage("error.status.403", null, locale));
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, e, locale);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, e, locale);
        if (e.field() != null) {
            p.setProperty("errors", List.of(new FieldError(e.field(), null, p.getDetail())));
        }
        return p;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e, Locale locale) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, e, locale);
        p.setProperty("errors", List.of(new FieldError(e.field(), null, p.getDetail())));
        return p;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e, Locale locale) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getRejectedValue(), messages.getMessage(f, locale)))
                .toList();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        p.setTitle(messages.getMessage("error.invalidRequest", null, locale));
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        String detail = messages.getMessage("error.badParameter", new Object[] {e.getName(), e.getValue()}, locale);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle(messages.getMessage("error.invalidRequest", null, locale));
        p.setProperty("errors", List.of(new FieldError(e.getName(), String.valueOf(e.getValue()), detail)));
        return p;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e, Locale locale) {
        String detail = messages.getMessage("error.missingParameter", new Object[] {e.getParameterName()}, locale);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle(messages.getMessage("error.invalidRequest", null, locale));
        p.setProperty("errors", List.of(Map.of("field", e.getParameterName(), "message", detail)));
        return p;
    }

    /**
     * The database cannot be reached: 503, and when to try again. Any other failure to read or write stays a
     * server error, as before.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, SQLException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request, Locale locale) throws Exception {
        if (!DatabaseOutage.isCauseOf(e)) {
            throw e;
        }
        log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("error.databaseUnavailable", null, locale));
        p.setTitle(messages.getMessage("error.status.503", null, locale));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).body(p);
    }

    /**
     * A body that cannot be read: the field by its place in the body, the value as sent and what the field takes
     * (a whole number, a real date, one of the listed codes), or where text that is not JSON breaks.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        UnreadableBody body = UnreadableBody.of(e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(body.messageKey(), body.arguments(), locale));
        p.setTitle(messages.getMessage("error.invalidRequest", null, locale));
        if (body.field() != null) {
            p.setProperty("errors", List.of(new FieldError(body.field(), body.value(), p.getDetail())));
        }
        return p;
    }

    /** An upload over the size limit, refused before it was read. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("error.uploadTooLarge", new Object[] {uploadLimit.text()}, locale));
        p.setTitle(messages.getMessage("error.status.413", null, locale));
        p.setProperty("errors", List.of(Map.of("field", "file", "message", p.getDetail())));
        return p;
    }

    /** The server takes no more of this work just now: the client is told when to try again. */
    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(BusyException.RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e, locale));
    }

    private ProblemDetail problem(HttpStatus status, UserFacingException e, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(e.messageKey(), e.arguments(), locale));
        p.setTitle(messages.getMessage("error.status." + status.value(), null, locale));
        return p;
    }
}
