package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.sql.SQLException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import vn.ishc.identity.AuditLog;
import vn.ishc.shared.DatabaseOutage;
import vn.ishc.shared.BusyException;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.UserFacingException;

/** Errors on pages: a page in the user's language that says what went wrong, with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;
    private final AuditLog audit;
    private final UploadLimit uploadLimit;

    PageErrors(MessageSource messages, AuditLog audit, UploadLimit uploadLimit) {
        this.messages = messages;
        this.audit = audit;
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(OutOfScopeException.class)
    ModelAndView outOfScope(OutOfScopeException e, HttpServletRequest request, HttpServletResponse response,
                            Principal principal, Locale locale) {
        audit.refused(principal == null ? "anonymous" : principal.getName(),
                request.getMethod() + " " + request.getRequestURI(), e.what());
        return page(HttpStatus.FORBIDDEN, e, response, locale);
    }

    /** A role that may not do this: refused and audited. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response,
                        Principal principal, Locale locale) {
        audit.refused(principal == null ? "anonymous" : principal.getName(),
                request.getMethod() + " " + request.getRequestURI(), "role");
        return page(HttpStatus.FORBIDDEN, messages.getMessage("error.roleNotAllowed", null, locale), response, locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response, Locale locale) {
        return page(HttpStatus.NOT_FOUND, e, response, locale);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletResponse response, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, e, response, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Locale locale) {
        String detail = messages.getMessage("error.badParameter", new Object[] {e.getName(), e.getValue()}, locale);
        return page(HttpStatus.BAD_REQUEST, detail, response, locale);
    }

    /**
     * The database cannot be reached: a page that says so, with 503 and when to try again. An htmx request
     * gets only the notice, shown above the page it came from (the layout's {@code #outage}), so that what
     * the user typed stays. Any other failure to read or write stays a server error, as before.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, SQLException.class})
    ModelAndView databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws Exception {
        if (!DatabaseOutage.isCauseOf(e)) {
            throw e;
        }
        log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
        String detail = messages.getMessage("error.databaseUnavailable", null, locale);
        if (request.getHeader("HX-Request") == null) {
            return page(HttpStatus.SERVICE_UNAVAILABLE, detail, response, locale);
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("HX-Retarget", "#outage");
        response.setHeader("HX-Reswap", "innerHTML");
        ModelAndView mav = new ModelAndView("fragments/outage :: notice");
        mav.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        mav.addObject("detail", detail);
        return mav;
    }

    /** An upload over the size limit, refused before it was read. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(MaxUploadSizeExceededException e, HttpServletResponse response, Locale locale) {
        return page(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("error.uploadTooLarge", new Object[] {uploadLimit.text()}, locale), response, locale);
    }

    @ExceptionHandler(BusyException.class)
    ModelAndView busy(BusyException e, HttpServletResponse response, Locale locale) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(BusyException.RETRY_AFTER_SECONDS));
        return page(HttpStatus.SERVICE_UNAVAILABLE, e, response, locale);
    }

    private ModelAndView page(HttpStatus status, UserFacingException e, HttpServletResponse response, Locale locale) {
        return page(status, messages.getMessage(e.messageKey(), e.arguments(), locale), response, locale);
    }

    private ModelAndView page(HttpStatus status, String detail, HttpServletResponse response, Locale locale) {
        response.setStatus(status.value());
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("heading", messages.getMessage("error.status." + status.value(), null, locale));
        mav.addObject("detail", detail);
        return mav;
    }
}
