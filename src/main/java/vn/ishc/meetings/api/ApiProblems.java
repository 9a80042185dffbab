package vn.ishc.meetings.api;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.shared.UserFacingException;

/** Problem details for refused entries: every problem listed with its field, in the caller's language. */
final class ApiProblems {

    /** One field's problem. */
    record FieldError(String field, String message) {
    }

    private ApiProblems() {
    }

    static ProblemDetail refused(RefusedEntry e, MessageSource messages, Locale locale) {
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale))).toList();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                String.join(" ", errors.stream().map(FieldError::message).toList()));
        p.setTitle(messages.getMessage("error.status.422", null, locale));
        p.setProperty("errors", errors);
        return p;
    }

    static ProblemDetail problem(HttpStatus status, UserFacingException e, MessageSource messages, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.getMessage(e.messageKey(), e.arguments(), locale));
        p.setTitle(messages.getMessage("error.status." + status.value(), null, locale));
        if (e.field() != null) {
            p.setProperty("errors", List.of(new FieldError(e.field(), p.getDetail())));
        }
        return p;
    }
}
