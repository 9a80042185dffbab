package vn.ishc.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.VietnameseText;

/**
 * Personal API tokens: each user makes tokens for themselves, sees and revokes their own; an officer who
 * manages a user (see {@link UserAccounts#get}) sees and revokes that user's. A token acts as its user with
 * their role and area, never more. The secret ({@code ishc_} and 32 random bytes in base64url) is returned
 * once; only its SHA-256 is kept, which is enough for a secret of 256 random bits (nobody can try enough
 * candidates against the hash), and lets a request be checked with one indexed lookup instead of bcrypt.
 * Making and revoking are audited, never the secret.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "ishc_";
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;
    static final int MAX_NAME = 100;
    /** How many characters of a token are kept to tell it apart: "ishc_" and 7 more. */
    public static final int SHOWN = 12;

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, Clock clock, UserAccounts accounts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.events = events;
    }

    /** The SHA-256 of a token as sent. */
    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new token of the actor's own; its secret is in the answer and nowhere else. */
    public IssuedApiToken create(NewApiToken command, CurrentUser actor) {
        String name = VietnameseText.clean(command.name());
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("identity.token.nameMissing", "name");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("identity.token.nameTooLong", "name", MAX_NAME);
        }
        if (command.scope() == null) {
            throw new InvalidInputException("identity.token.scopeMissing", "scope");
        }
        int days = command.expiresInDays() == null ? DEFAULT_DAYS : command.expiresInDays();
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("identity.token.expiry", "expiresInDays", MAX_DAYS);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(Duration.ofDays(days));
        jdbc.sql("""
                insert into api_token (id, user_id, name, scope, token_hash, prefix, created_at, expires_at)
                values (:id, :user, :name, :scope, :hash, :prefix, :now, :expires)""")
                .param("id", id).param("user", actor.id()).param("name", name).param("scope", command.scope().name())
                .param("hash", hash(secret)).param("prefix", secret.substring(0, SHOWN))
                .param("now", at(now)).param("expires", at(expires)).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("token", id.toString());
        detail.put("name", name);
        detail.put("scope", command.scope().name());
        detail.put("expiresAt", expires.toString());
        events.publishEvent(new UserChanged(actor.id(), "token.created", actor.username(), detail));
        log.info("API token {} ({}) made by {}", id, command.scope(), actor.username());
        return new IssuedApiToken(find(id), secret);
    }

    /** The actor's own tokens, newest first, revoked and expired ones too. */
    @Transactional(readOnly = true)
    public List<ApiToken> own(CurrentUser actor) {
        return of(actor.id());
    }

    /** Revokes one of the actor's own tokens; revoking it again changes nothing. */
    public void revokeOwn(UUID tokenId, CurrentUser actor) {
        revoke(actor.id(), tokenId, actor);
    }

    /** The tokens of a user the actor manages. */
    @Transactional(readOnly = true)
    public List<ApiToken> ofUser(UUID userId, CurrentUser actor) {
        return of(accounts.get(userId, actor).id());
    }

    /** Revokes a token of a user the actor manages. */
    public void revokeOfUser(UUID userId, UUID tokenId, CurrentUser actor) {
        revoke(accounts.get(userId, actor).id(), tokenId, actor);
    }

    private void revoke(UUID userId, UUID tokenId, CurrentUser actor) {
        ApiToken token = jdbc.sql("select * from api_token where id = :id and user_id = :user")
                .param("id", tokenId).param("user", userId).query(ApiTokens::row).optional()
                .orElseThrow(() -> new NotFoundException("identity.token.notFound", tokenId));
        if (token.revokedAt() != null) {
            return;
        }
        jdbc.sql("update api_token set revoked_at = :now, revoked_by = :actor where id = :id")
                .param("now", at(clock.instant())).param("actor", actor.username()).param("id", tokenId).update();
        events.publishEvent(new UserChanged(userId, "token.revoked", actor.username(),
                Map.of("token", tokenId.toString(), "name", token.name())));
        log.info("API token {} revoked by {}", tokenId, actor.username());
    }

    private List<ApiToken> of(UUID userId) {
        return jdbc.sql("select * from api_token where user_id = :user order by created_at desc, id")
                .param("user", userId).query(ApiTokens::row).list();
    }

    private ApiToken find(UUID id) {
        return jdbc.sql("select * from api_token where id = :id").param("id", id).query(ApiTokens::row).single();
    }

    private static ApiToken row(ResultSet rs, int n) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("name"),
                ApiToken.Scope.valueOf(rs.getString("scope")), rs.getString("prefix"), instant(rs, "created_at"),
                instant(rs, "last_used_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
