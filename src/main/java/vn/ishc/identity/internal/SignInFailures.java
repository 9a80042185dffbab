package vn.ishc.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.shared.DatabaseOutage;

/**
 * What a failed sign-in answers. A user name and password that do not match: the sign-in page says so,
 * and an API client gets 401. The user could not be looked up because the database cannot be reached:
 * the sign-in page says that instead ({@code /login?unavailable}), never "wrong password", and an API
 * client gets a 503 problem with when to try again.
 */
@Component
class SignInFailures {

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    private final FilterProblems problems;

    SignInFailures(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.problems = new FilterProblems(messages, locales, json);
    }

    /** The sign-in form's failures. */
    AuthenticationFailureHandler form() {
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        AuthenticationFailureHandler unavailable = new SimpleUrlAuthenticationFailureHandler("/login?unavailable");
        return (request, response, failure) -> {
            if (databaseUnavailable(failure)) {
                log.warn("Sign-in refused: the database cannot be reached ({})", mostSpecific(failure));
                unavailable.onAuthenticationFailure(request, response, failure);
            } else if (failure instanceof SignInGuard.Refused refused) {
                SignInThrottle.Refusal r = refused.refusal();
                response.sendRedirect(request.getContextPath() + (r.locked()
                        ? "/login?locked=" + minutes(r.seconds()) : "/login?wait=" + r.seconds()));
            } else {
                wrong.onAuthenticationFailure(request, response, failure);
            }
        };
    }

    /** HTTP Basic's failures: as Spring Security answers them by default, but 503 when the database is out of reach. */
    AuthenticationEntryPoint basic() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Realm");
        AuthenticationEntryPoint refused = DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"))
                .defaultEntryPoint(challenge)
                .build();
        return (request, response, failure) -> {
            if (failure instanceof SignInGuard.Refused throttled) {
                refusedProblem(request, response, throttled.refusal());
            } else if (failure instanceof SignInGuard.SecondFactorRequired) {
                secondFactorProblem(request, response);
            } else if (databaseUnavailable(failure)) {
                log.warn("{} {} answered 503: the database cannot be reached to check the user ({})",
                        request.getMethod(), request.getRequestURI(), mostSpecific(failure));
                unavailableProblem(request, response);
            } else {
                refused.commence(request, response, failure);
            }
        };
    }

    /** Spring Security wraps a failure to look the user up, as opposed to a wrong password, in this exception. */
    private static boolean databaseUnavailable(AuthenticationException failure) {
        return failure instanceof InternalAuthenticationServiceException && DatabaseOutage.isCauseOf(failure);
    }

    private static String mostSpecific(Throwable failure) {
        return NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
    }

    private static long minutes(long seconds) {
        return (seconds + 59) / 60;
    }

    /** 429 with when to try again, and the same words as the sign-in page. */
    private void refusedProblem(HttpServletRequest request, HttpServletResponse response, SignInThrottle.Refusal refusal)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.seconds()));
        if (refusal.locked()) {
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login.locked", minutes(refusal.seconds()));
        } else {
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login.throttled", refusal.seconds());
        }
    }

    /** 401 for HTTP Basic of a user with two-factor sign-in: their scripts use a personal API token. */
    private void secondFactorProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "identity.twoFactor.useToken");
    }

    /** The same problem detail that the API's handlers give for a database out of reach. */
    private void unavailableProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.databaseUnavailable");
    }
}
