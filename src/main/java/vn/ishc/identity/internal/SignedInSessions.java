package vn.ishc.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.shared.DatabaseOutage;

/**
 * Ends a signed-in session whose user has since had their password set (by themselves or an officer) or
 * been disabled. Each session keeps the moment it signed in; each request of a session reads the user's
 * {@code credentials_changed_at} and {@code enabled} (one indexed read), so every instance serving the
 * session agrees. The session of a user's own change is kept: it is stamped with the moment of the change.
 * An ended page session goes to the sign-in page; an API request gets 401.
 */
public final class SignedInSessions extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";

    private final JdbcClient jdbc;
    private final FilterProblems problems;

    SignedInSessions(JdbcClient jdbc, MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.jdbc = jdbc;
        this.problems = new FilterProblems(messages, locales, json);
    }

    /** Stamps a session that has just signed in with the moment it did. */
    static SessionAuthenticationStrategy stamping(Clock clock) {
        return (authentication, request, response) -> request.getSession().setAttribute(SIGNED_IN_AT, now(clock));
    }

    /** Keeps the request's session signed in after its user's own change of password at {@code changedAt}. */
    public static void keep(HttpServletRequest request, Instant changedAt) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SIGNED_IN_AT, changedAt);
        }
    }

    /** The moment credentials change, as stored: PostgreSQL keeps microseconds. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // Only a session signed in by the form, which stamps it (the code of two-factor sign-in keeps the stamp of
        // its password): a request with its own credentials is checked as it signs in.
        if (session == null || auth == null || auth instanceof AnonymousAuthenticationToken
                || session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null
                || session.getAttribute(SIGNED_IN_AT) == null
                || SecurityConfiguration.carriesOwnCredentials(request)) {
            chain.doFilter(request, response);
            return;
        }
        record Credentials(boolean enabled, OffsetDateTime changedAt) {
        }
        Optional<Credentials> user;
        try {
            user = jdbc.sql("select enabled, credentials_changed_at from app_user where lower(username) = lower(:u)")
                    .param("u", auth.getName())
                    .query((rs, n) -> new Credentials(rs.getBoolean("enabled"),
                            rs.getObject("credentials_changed_at", OffsetDateTime.class))).optional();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCauseOf(e)) {
                throw e;
            }
            // The database out of reach. An API request is answered 503 here; a page goes on to its handler, whose
            // own reading of the database answers the outage page that says so, as every other page then does.
            if (SecurityConfiguration.API.matches(request)) {
                unavailable(request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        boolean ended = user.isEmpty() || !user.get().enabled() || user.get().changedAt() != null
                && signedInAt.isBefore(user.get().changedAt().toInstant());
        if (!ended) {
            chain.doFilter(request, response);
            return;
        }
        session.invalidate();
        SecurityContextHolder.clearContext();
        if (SecurityConfiguration.API.matches(request)) {
            unauthorized(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?ended");
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.databaseUnavailable");
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "login.ended");
    }
}
