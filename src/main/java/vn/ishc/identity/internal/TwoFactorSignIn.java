package vn.ishc.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ishc.identity.AuditLog;
import vn.ishc.identity.TwoFactor;

/**
 * The second step of signing in. A right password of a user with two-factor on does not sign them in: the
 * session keeps only a marker (who, since when) and the user stays anonymous, so nothing but the public
 * pages and the code page ({@code /login/code}) can be reached; a right code, within five minutes, signs
 * them in. Wrong codes are counted by {@link SignInThrottle} like wrong passwords, for the user name and
 * the address, with the same delays and lock. A user whose role requires two-factor and who has not
 * turned it on is signed in but kept on their enrolment page until they do.
 */
@Component
public class TwoFactorSignIn {

    static final String PENDING = TwoFactorSignIn.class.getName() + ".PENDING";
    static final String MUST_ENROL = TwoFactorSignIn.class.getName() + ".MUST_ENROL";
    static final Duration PENDING_FOR = Duration.ofMinutes(5);
    public static final String ENROL_PAGE = "/me/two-factor";

    /** What the password step left in the session. */
    record Pending(Authentication authentication, Instant at) implements Serializable {
    }

    /** How a code given at the second step ended. */
    public enum Result { SIGNED_IN, WRONG, NONE_PENDING, REFUSED }

    /** The outcome, with the seconds to wait (and whether locked) when refused by the throttle. */
    public record Answer(Result result, SignInThrottle.Refusal refusal) {
    }

    private final TwoFactor twoFactor;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    TwoFactorSignIn(TwoFactor twoFactor, SignInThrottle throttle, AuditLog audit, Clock clock) {
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user name signs in with a second factor. */
    boolean hasSecondFactor(String username) {
        return twoFactor.state(username).map(TwoFactor.State::enabled).orElse(false);
    }

    /** Whether HTTP Basic is refused to the user: two-factor is on, or their role requires it. */
    boolean refusesPasswordOnApi(String username) {
        return twoFactor.state(username).map(s -> s.enabled() || s.required()).orElse(false);
    }

    /** After the sign-in form's right password: to the code page, to the enrolment page, or on. */
    AuthenticationSuccessHandler formSuccess() {
        SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
        onward.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            Optional<TwoFactor.State> state = twoFactor.state(authentication.getName());
            if (state.map(TwoFactor.State::enabled).orElse(false)) {
                SecurityContext empty = SecurityContextHolder.createEmptyContext();
                SecurityContextHolder.clearContext();
                contexts.saveContext(empty, request, response);
                request.getSession().setAttribute(PENDING, new Pending(authentication, clock.instant()));
                response.sendRedirect(request.getContextPath() + "/login/code");
            } else if (state.map(s -> s.required() && !s.enabled()).orElse(false)) {
                request.getSession().setAttribute(MUST_ENROL, Boolean.TRUE);
                response.sendRedirect(request.getContextPath() + ENROL_PAGE);
            } else {
                onward.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** Whether a password was given in this session and waits for its code. */
    public boolean pending(HttpServletRequest request) {
        return pendingOf(request).isPresent();
    }

    private Optional<Pending> pendingOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending p)) {
            return Optional.empty();
        }
        if (p.at().plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /**
     * Checks the code (from the app, or a recovery code) typed after the password; a right one signs the
     * user in, a new session id and all, and sends them where they were going.
     */
    public Answer complete(String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<Pending> pending = pendingOf(request);
        if (pending.isEmpty()) {
            return new Answer(Result.NONE_PENDING, null);
        }
        String username = pending.get().authentication().getName();
        String address = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        Optional<SignInThrottle.Refusal> refusal = throttle.check(username, address);
        if (refusal.isPresent()) {
            request.getSession().removeAttribute(PENDING);
            return new Answer(Result.REFUSED, refusal.get());
        }
        TwoFactor.Outcome outcome = twoFactor.verify(username, code);
        if (outcome == TwoFactor.Outcome.REFUSED) {
            audit.signIn(SignInThrottle.accountKey(username), "signin.twoFactor.failed", address, false, Map.of());
            throttle.failed(username, address);
            return new Answer(Result.WRONG, null);
        }
        if (outcome == TwoFactor.Outcome.RECOVERY_CODE) {
            audit.signIn(SignInThrottle.accountKey(username), "signin.recoveryCode", address, true, Map.of());
        }
        throttle.succeeded(username, address, true);
        HttpSession session = request.getSession();
        session.removeAttribute(PENDING);
        // Signed in as of the password: a password set since then ends this session like any other.
        if (session.getAttribute(SignedInSessions.SIGNED_IN_AT) == null) {
            session.setAttribute(SignedInSessions.SIGNED_IN_AT, pending.get().at().truncatedTo(ChronoUnit.MICROS));
        }
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending.get().authentication());
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
        onward.setDefaultTargetUrl("/");
        onward.onAuthenticationSuccess(request, response, pending.get().authentication());
        return new Answer(Result.SIGNED_IN, null);
    }

    /** The user enrolled: they may go anywhere again. */
    public void enrolled(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(MUST_ENROL);
        }
    }

    /** Keeps a user who must enrol on their enrolment page (and sign-out); the API answers 403. */
    static final class EnrolmentGate extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session == null || session.getAttribute(MUST_ENROL) == null || allowed(request)) {
                chain.doFilter(request, response);
            } else if (SecurityConfiguration.API.matches(request)) {
                response.sendError(HttpStatus.FORBIDDEN.value());
            } else {
                response.sendRedirect(request.getContextPath() + ENROL_PAGE);
            }
        }

        private static boolean allowed(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals(ENROL_PAGE) || path.startsWith(ENROL_PAGE + "/") || path.equals("/logout")
                    || path.startsWith("/login") || path.equals("/error") || path.startsWith("/css/")
                    || path.startsWith("/js/") || path.startsWith("/icons/") || path.startsWith("/webjars/")
                    || path.startsWith("/vendor/") || path.equals("/favicon.ico") || path.equals("/sw.js")
                    || path.equals("/offline") || path.startsWith("/manifest");
        }
    }
}
