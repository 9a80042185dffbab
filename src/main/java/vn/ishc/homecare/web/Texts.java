package vn.ishc.homecare.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.ishc.meetings.Problem;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.shared.UserFacingException;

/** A refusal in the user's language, by field ("form" when it names none), dates as users write them. */
final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    static Map<String, String> errors(UserFacingException e, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<Problem> problems = e instanceof RefusedEntry r ? r.problems()
                : List.of(new Problem(e.field() == null ? "form" : e.field(), e.messageKey(), e.arguments()));
        for (Problem p : problems) {
            byField.merge(p.field(), messages.getMessage(p.messageKey(), dates(p.arguments()), locale), (a, b) -> a + " " + b);
        }
        return byField;
    }

    static String message(UserFacingException e, MessageSource messages, Locale locale) {
        return String.join(" ", errors(e, messages, locale).values());
    }

    private static Object[] dates(Object[] arguments) {
        return arguments == null ? null : Arrays.stream(arguments)
                .map(a -> a instanceof LocalDate d ? d.format(DAY) : a).toArray();
    }
}
