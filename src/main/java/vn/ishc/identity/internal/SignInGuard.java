package vn.ishc.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (form or HTTP Basic) only when {@link SignInThrottle} lets the attempt
 * through, and tells it how the check ended. A failure to reach the database (to look the user up or to
 * count) is not counted: it stays an {@link InternalAuthenticationServiceException}, answered as an outage.
 */
class SignInGuard implements AuthenticationProvider {

    /** The client's address and whether the attempt came from the sign-in form or with HTTP Basic. */
    static final class Details extends WebAuthenticationDetails {
        private final boolean form;

        Details(HttpServletRequest request, boolean form) {
            super(request);
            this.form = form;
        }

        boolean form() {
            return form;
        }
    }

    /** The attempt was refused before its password was checked: too many failures, or a locked user name. */
    static final class Refused extends AuthenticationException {
        private final transient SignInThrottle.Refusal refusal;

        Refused(SignInThrottle.Refusal refusal) {
            super(refusal.locked() ? "Locked after repeated failures" : "Too many failures: wait");
            this.refusal = refusal;
        }

        SignInThrottle.Refusal refusal() {
            return refusal;
        }
    }

    /**
     * The password was right, but the user signs in with a second factor, which HTTP Basic cannot carry:
     * an API client of theirs uses a personal API token instead.
     */
    static final class SecondFactorRequired extends AuthenticationException {
        SecondFactorRequired() {
            super("Two-factor sign-in is on: use an API token");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Predicate<String> secondFactor;
    private final Predicate<String> passwordRefusedOnApi;

    /**
     * {@code secondFactor} tells whether a user name signs in with a second factor after the password;
     * {@code passwordRefusedOnApi} whether HTTP Basic is refused to it (it has a second factor or must enrol).
     */
    SignInGuard(DaoAuthenticationProvider passwords, SignInThrottle throttle, Predicate<String> secondFactor,
                Predicate<String> passwordRefusedOnApi) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.secondFactor = secondFactor;
        this.passwordRefusedOnApi = passwordRefusedOnApi;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        boolean form = !(attempt.getDetails() instanceof Details d) || d.form();
        Optional<SignInThrottle.Refusal> refusal = counting(() -> throttle.check(username, address));
        if (refusal.isPresent()) {
            throw new Refused(refusal.get());
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (InternalAuthenticationServiceException e) {
            throw e;
        } catch (AuthenticationException e) {
            counting(() -> {
                throttle.failed(username, address);
                return null;
            });
            throw e;
        }
        // HTTP Basic takes no code: a user with a second factor, or whose role requires one, uses an API token.
        if (!form && counting(() -> passwordRefusedOnApi.test(username))) {
            throw new SecondFactorRequired();
        }
        // With a second factor the password alone neither signs in nor clears the failures: the count goes on
        // through the codes tried after it, so that a known password does not open endless guessing of codes.
        if (counting(() -> secondFactor.test(username))) {
            if (!form) {
                throw new SecondFactorRequired();
            }
            counting(() -> {
                throttle.passwordAccepted(username, address);
                return null;
            });
            return signedIn;
        }
        counting(() -> {
            throttle.succeeded(username, address, form);
            return null;
        });
        return signedIn;
    }

    private static <T> T counting(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("Sign-in failures could not be counted", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
