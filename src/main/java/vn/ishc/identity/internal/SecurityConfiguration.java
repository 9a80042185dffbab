package vn.ishc.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import java.util.List;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.identity.AuditLog;

/**
 * Pages sign in with a form and a session (and, for users with two-factor sign-in, a code after the password:
 * {@link TwoFactorSignIn}); API clients may also use HTTP Basic, or a personal API token. Everything but the
 * sign-in page, static files, health and the API description needs a signed-in user; what each user
 * may see within that is decided by their area scope, in the modules' queries.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Every password set or checked goes through here, in Unicode NFC (see {@link UnicodePasswords}). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new UnicodePasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    static boolean carriesOwnCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && !authorization.isBlank() && API.matches(request);
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final RequestMatcher STATIC_FILES = new OrRequestMatcher(List.of("/css/**", "/js/**",
            "/webjars/**", "/vendor/**", "/icons/**", "/favicon.ico", "/manifest*.webmanifest").stream()
            .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInFailures failures, IshcUserDetailsService users,
                                           PasswordEncoder encoder, SignInThrottle throttle, JdbcClient jdbc,
                                           Clock clock, AuditLog audit, MessageSource messages, LocaleResolver locales,
                                           JsonMapper json, TwoFactorSignIn twoFactor) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // Every password check, from the form or HTTP Basic, goes through the throttle of repeated failures.
        http.authenticationManager(new ProviderManager(new SignInGuard(passwords, throttle, twoFactor::hasSecondFactor,
                twoFactor::refusesPasswordOnApi)));
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/login/code", "/setup", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                // What a phone installing the app fetches without the session: the manifest and its
                                // icons, the service worker and the page it shows without a connection.
                                "/icons/**", "/manifest*.webmanifest", "/sw.js", "/offline",
                                "/error", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/**").hasRole("NATIONAL_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(twoFactor.formSuccess()).failureHandler(failures.form())
                        .authenticationDetailsSource(request -> new SignInGuard.Details(request, true))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .httpBasic(basic -> basic.authenticationEntryPoint(failures.basic())
                        .authenticationDetailsSource(request -> new SignInGuard.Details(request, false)))
                // API clients get 401, not the sign-in page.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        API))
                // A personal API token signs the request in cheaply (one indexed lookup, no bcrypt) before
                // HTTP Basic is tried. Made here, not as a bean, so that it runs in this chain only.
                .addFilterBefore(new BearerTokens(jdbc, clock, audit, messages, locales, json),
                        BasicAuthenticationFilter.class)
                // A user whose role requires two-factor sign-in reaches nothing but their enrolment until it is on.
                .addFilterAfter(new TwoFactorSignIn.EnrolmentGate(), AuthorizationFilter.class)
                // A session signed in before its user's password was set, or the user disabled, is ended.
                .addFilterBefore(new SignedInSessions(jdbc, messages, locales, json), BasicAuthenticationFilter.class)
                // Each session signed in by the form keeps when it did (with a new session id, against fixation).
                .sessionManagement(session -> session.sessionAuthenticationStrategy(
                        new CompositeSessionAuthenticationStrategy(List.of(new ChangeSessionIdAuthenticationStrategy(),
                                SignedInSessions.stamping(clock)))))
                // An upload over the size limit is refused, with a message, before its form is read.
                .addFilterBefore(new OversizedUploads(), CsrfFilter.class)
                // A request that carries its own credentials (an Authorization header, which a foreign
                // page cannot add without CORS approval) needs no CSRF token; one that rides on the
                // browser's session cookie needs it, on the API as on forms. An upload refused for its
                // size has no form to carry a token, and nothing is done with it.
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesOwnCredentials,
                        OversizedUploads::refused))
                // No script runs but the application's own files: no inline script, no eval, no other site;
                // styles may be inline (htmx's indicator style, the map's SVG). Addresses of pages (which can
                // name a club or a person) are not sent to other sites. HSTS goes out on requests that came over
                // TLS (directly or through a proxy that says so in X-Forwarded-Proto).
                // These go with pages, API answers and the service worker, never with the styles, scripts and
                // icons, where a browser ignores them: on a phone over 2G each file would carry half a kilobyte more.
                .headers(headers -> headers
                        .frameOptions(frame -> frame.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(STATIC_FILES),
                                new CompositeHeaderWriter(List.of(
                                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY),
                                        new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN),
                                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }
}
