package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * API requests refused for their form rather than their content: a method the address does not have (405), a
 * body of a type it does not read (415), an answer of a type it cannot give (406). Each is a problem detail in
 * the caller's language saying what was sent and what is taken. A method or type that matches no endpoint is
 * found before any controller is chosen, so this advice applies to every request; a page's request is left to
 * the error page as before.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRequestErrors {

    private final MessageSource messages;

    ApiRequestErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
                                         Locale locale) throws HttpRequestMethodNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        String allowed = e.getSupportedHttpMethods() == null ? ""
                : e.getSupportedHttpMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return answer(HttpStatus.METHOD_NOT_ALLOWED, headers, messages.getMessage("error.methodNotAllowed",
                new Object[] {e.getMethod(), allowed}, locale), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> bodyType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, Locale locale)
            throws HttpMediaTypeNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(e.getSupportedMediaTypes());
        String sent = e.getContentType() == null ? String.valueOf(request.getContentType()) : e.getContentType().toString();
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, headers, messages.getMessage("error.unsupportedMediaType",
                new Object[] {sent, types(e.getSupportedMediaTypes())}, locale), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> answerType(HttpMediaTypeNotAcceptableException e, HttpServletRequest request,
                                             Locale locale) throws HttpMediaTypeNotAcceptableException {
        if (!isApi(request)) {
            throw e;
        }
        return answer(HttpStatus.NOT_ACCEPTABLE, new HttpHeaders(), messages.getMessage("error.notAcceptable",
                new Object[] {String.valueOf(request.getHeader(HttpHeaders.ACCEPT)), types(e.getSupportedMediaTypes())},
                locale), locale);
    }

    /** Written as application/problem+json whatever the request accepts: a 406 must still be read. */
    private ResponseEntity<ProblemDetail> answer(HttpStatus status, HttpHeaders headers, String detail, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(messages.getMessage("error.status." + status.value(), null, locale));
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static String types(Collection<MediaType> types) {
        return types.stream().map(MediaType::toString).distinct().collect(Collectors.joining(", "));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
