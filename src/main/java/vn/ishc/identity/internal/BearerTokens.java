package vn.ishc.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.identity.ApiToken;
import vn.ishc.identity.ApiTokens;
import vn.ishc.identity.AuditLog;
import vn.ishc.identity.Role;

/**
 * Signs an API request in by its personal token ({@code Authorization: Bearer ishc_…}): one indexed lookup
 * of the token's SHA-256, joined with its user and their sign-in lock, on every request. Nothing is cached,
 * so a revoked token, a disabled user or a locked sign-in is refused at once on every instance. The request
 * then acts as the user with their role (and, through {@link CurrentUserResolver}, their area), never more.
 * An unknown, expired or revoked token, or a user disabled or locked, answers 401; a READ token sending
 * anything but GET or HEAD answers 403 naming the scope. The time of last use is written at most once a
 * minute a token, so reading is not a write on every request.
 */
class BearerTokens extends OncePerRequestFilter {

    static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

    private record Holder(UUID tokenId, ApiToken.Scope scope, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
                          String username, Role role, boolean enabled, Instant lockedUntil) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    BearerTokens(JdbcClient jdbc, Clock clock, AuditLog audit, MessageSource messages, LocaleResolver locales,
                 JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || !SecurityConfiguration.API.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        Instant now = clock.instant();
        Optional<Holder> found = secret.startsWith(ApiTokens.PREFIX) ? lookUp(secret) : Optional.empty();
        if (found.isEmpty() || !valid(found.get(), now)) {
            problem(request, response, HttpStatus.UNAUTHORIZED, "token.invalid");
            return;
        }
        Holder holder = found.get();
        if (!holder.scope().allows(request.getMethod())) {
            audit.refused(holder.username(), request.getMethod() + " " + request.getRequestURI(), "token:" + holder.tokenId());
            problem(request, response, HttpStatus.FORBIDDEN, "token.readOnly", holder.scope().name(),
                    new DefaultMessageSourceResolvable("tokens.scope." + holder.scope().name()));
            return;
        }
        if (holder.lastUsedAt() == null || !holder.lastUsedAt().plus(LAST_USE_STEP).isAfter(now)) {
            jdbc.sql("update api_token set last_used_at = :now where id = :id and (last_used_at is null or last_used_at <= :step)")
                    .param("now", at(now)).param("id", holder.tokenId()).param("step", at(now.minus(LAST_USE_STEP)))
                    .update();
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(holder.username(), null,
                List.of(new SimpleGrantedAuthority(holder.role().authority())));
        authentication.setDetails("token:" + holder.tokenId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static boolean valid(Holder h, Instant now) {
        return h.revokedAt() == null && h.expiresAt().isAfter(now) && h.enabled()
                && (h.lockedUntil() == null || !h.lockedUntil().isAfter(now));
    }

    private Optional<Holder> lookUp(String secret) {
        return jdbc.sql("""
                select t.id, t.scope, t.expires_at, t.revoked_at, t.last_used_at, u.username, u.role, u.enabled,
                       f.locked_until
                from api_token t join app_user u on u.id = t.user_id
                left join sign_in_failure f on f.kind = 'account' and f.key = lower(u.username)
                where t.token_hash = :hash""")
                .param("hash", ApiTokens.hash(secret))
                .query((rs, n) -> new Holder(rs.getObject("id", UUID.class), ApiToken.Scope.valueOf(rs.getString("scope")),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)), rs.getString("username"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                        instant(rs.getObject("locked_until", OffsetDateTime.class))))
                .optional();
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                         Object... arguments) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("error.status." + status.value(), null, locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(key, arguments, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
