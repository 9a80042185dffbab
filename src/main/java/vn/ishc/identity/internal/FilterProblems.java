package vn.ishc.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem details that sign-in's filters answer API clients with, before any controller advice can: the
 * same fields as the API's handlers give, titled by the status and explained by a message in the reader's
 * language.
 */
final class FilterProblems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    FilterProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** Writes the problem: {@code status}, its title, and the message {@code detailKey} with {@code args}. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
               Object... args) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("error.status." + status.value(), null, locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(detailKey, args, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
