package vn.ishc.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.PersonalDataCipher;

/**
 * Two-factor sign-in: after the password, a six-digit code from an authenticator app ({@link Totp}), or
 * one of ten recovery codes, each usable once. A user turns it on for themselves by confirming a code from
 * the new secret; the roles in {@code ishc.signin.two-factor.required-roles} (national administrators and
 * province officers unless an installation says otherwise; empty turns the requirement off) must turn it on
 * before anything else, unless the user is marked exempt (the demo users). An officer who manages a user
 * resets it when a phone is lost. The secret is never shown after enrolment and never logged.
 */
@Service
@Transactional
public class TwoFactor {

    private static final Logger log = LoggerFactory.getLogger(TwoFactor.class);
    public static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The user's two-factor state, as the sign-in and their own page need it. */
    public record State(UUID userId, String username, Role role, boolean enabled, boolean exempt, boolean required) {
    }

    /** How a second factor was given. */
    public enum Outcome { CODE, RECOVERY_CODE, REFUSED }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final PersonalDataCipher cipher;
    private final Set<Role> requiredRoles;

    TwoFactor(JdbcClient jdbc, Clock clock, UserAccounts accounts, PasswordEncoder encoder,
              ApplicationEventPublisher events, AuditLog audit, PersonalDataCipher cipher,
              @Value("${ishc.signin.two-factor.required-roles:}") String requiredRoles) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.audit = audit;
        this.cipher = cipher;
        this.requiredRoles = Arrays.stream(requiredRoles.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Role.valueOf(s.toUpperCase(Locale.ROOT))).collect(Collectors.toUnmodifiableSet());
    }

    /** The state of the user with that user name (case-insensitive), if there is one. */
    @Transactional(readOnly = true)
    public Optional<State> state(String username) {
        return jdbc.sql("select id, username, role, totp_enabled_at is not null as enabled, two_factor_exempt "
                        + "from app_user where lower(username) = lower(:u)")
                .param("u", username == null ? "" : username.strip())
                .query((rs, n) -> {
                    Role role = Role.valueOf(rs.getString("role"));
                    boolean exempt = rs.getBoolean("two_factor_exempt");
                    return new State(rs.getObject("id", UUID.class), rs.getString("username"), role,
                            rs.getBoolean("enabled"), exempt, !exempt && requiredRoles.contains(role));
                }).optional();
    }

    /** Whether the user must still enrol before doing anything else. */
    @Transactional(readOnly = true)
    public boolean mustEnrol(String username) {
        return state(username).map(s -> s.required() && !s.enabled()).orElse(false);
    }

    /**
     * The secret of the user's enrolment not yet confirmed, in Base32; made now if there is none. Empty
     * when two-factor is already on: the secret is then never shown again.
     */
    public Optional<String> pendingSecret(CurrentUser user) {
        Row row = row(user.id());
        if (row.enabled()) {
            return Optional.empty();
        }
        if (row.secret() != null) {
            return Optional.of(Totp.base32(row.secret()));
        }
        byte[] secret = Totp.newSecret();
        jdbc.sql("update app_user set totp_secret = :s, totp_last_step = null where id = :id and totp_enabled_at is null")
                .param("s", cipher.seal(Totp.base32(secret))).param("id", user.id()).update();
        return Optional.of(Totp.base32(secret));
    }

    /** The address an authenticator app reads from the QR code. */
    public static String otpauthUri(String username, String base32Secret) {
        String account = java.net.URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/ISHC:" + account + "?secret=" + base32Secret
                + "&issuer=ISHC&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    /**
     * Turns two-factor on once the user typed a right code from the new secret; answers the ten recovery
     * codes, to be shown this once.
     */
    public List<String> confirm(CurrentUser user, String code) {
        Row row = row(user.id());
        if (row.enabled()) {
            throw new InvalidInputException("identity.twoFactor.alreadyOn", "code");
        }
        if (row.secret() == null) {
            throw new InvalidInputException("identity.twoFactor.noEnrolment", "code");
        }
        OptionalLong step = Totp.matchingStep(row.secret(), strip(code), now());
        if (step.isEmpty()) {
            audit.refused(user.username(), "user.twoFactorEnrolRefused", "user:" + user.id());
            throw new InvalidInputException("identity.twoFactor.wrongCode", "code");
        }
        jdbc.sql("update app_user set totp_enabled_at = :now, totp_last_step = :step, version = version + 1, "
                        + "updated_at = now(), updated_by = :actor where id = :id")
                .param("now", OffsetDateTime.now(clock)).param("step", step.getAsLong()).param("actor", user.username())
                .param("id", user.id()).update();
        List<String> codes = newRecoveryCodes(user.id());
        events.publishEvent(new UserChanged(user.id(), "user.twoFactorOn", user.username(), Map.of()));
        log.info("User {} turned two-factor sign-in on", user.username());
        return codes;
    }

    /** Turns two-factor off, with the password and a current code; not for a role that requires it. */
    public void turnOff(CurrentUser user, String password, String code) {
        State state = state(user.username()).orElseThrow();
        if (!state.enabled()) {
            return;
        }
        if (state.required()) {
            throw new InvalidInputException("identity.twoFactor.required", "code");
        }
        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", user.id())
                .query(String.class).single();
        if (password == null || !encoder.matches(password, hash)) {
            audit.refused(user.username(), "user.twoFactorOffRefused", "user:" + user.id());
            throw new InvalidInputException("identity.password.currentWrong", "currentPassword");
        }
        if (acceptCode(user.id(), code) == Outcome.REFUSED) {
            audit.refused(user.username(), "user.twoFactorOffRefused", "user:" + user.id());
            throw new InvalidInputException("identity.twoFactor.wrongCode", "code");
        }
        clear(user.id());
        events.publishEvent(new UserChanged(user.id(), "user.twoFactorOff", user.username(), Map.of()));
        log.info("User {} turned two-factor sign-in off", user.username());
    }

    /** An officer who manages the user clears their two-factor (a lost phone); they enrol again. */
    public UserView reset(UUID id, CurrentUser actor) {
        UserView user = accounts.get(id, actor);
        boolean wasOn = row(id).enabled();
        clear(id);
        // A lost phone may be in other hands with a session still open: every session of the user ends.
        jdbc.sql("update app_user set credentials_changed_at = :at where id = :id")
                .param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC)).param("id", id).update();
        events.publishEvent(new UserChanged(id, "user.twoFactorReset", actor.username(), Map.of("wasOn", wasOn)));
        log.info("Two-factor sign-in of {} reset by {}", user.username(), actor.username());
        return user;
    }

    /** Spares the user the installation's requirement (the demo users); they may still turn it on. */
    public void exempt(UUID id, CurrentUser actor) {
        accounts.get(id, actor);
        jdbc.sql("update app_user set two_factor_exempt = true where id = :id").param("id", id).update();
        events.publishEvent(new UserChanged(id, "user.twoFactorExempt", actor.username(), Map.of()));
    }

    /**
     * Checks a second factor given at sign-in: a code from the app, not one accepted before, or an unused
     * recovery code, which is then spent. Not audited here: the sign-in counts and audits the outcome.
     */
    public Outcome verify(String username, String given) {
        Optional<State> state = state(username).filter(State::enabled);
        // A user disabled between the password and the code does not sign in.
        boolean active = state.isPresent() && jdbc.sql("select enabled from app_user where id = :id")
                .param("id", state.get().userId()).query(Boolean.class).single();
        return active ? acceptCode(state.get().userId(), given) : Outcome.REFUSED;
    }

    private Outcome acceptCode(UUID userId, String given) {
        String code = strip(given);
        Row row = row(userId);
        if (!row.enabled()) {
            return Outcome.REFUSED;
        }
        if (code.matches("\\d{" + Totp.DIGITS + "}")) {
            OptionalLong step = Totp.matchingStep(row.secret(), code, now());
            // The step is kept in the same statement that checks it: a code accepted once, or an older one,
            // is refused, even when two requests race.
            boolean fresh = step.isPresent() && jdbc.sql("update app_user set totp_last_step = :step where id = :id "
                            + "and (totp_last_step is null or totp_last_step < :step)")
                    .param("step", step.getAsLong()).param("id", userId).update() == 1;
            return fresh ? Outcome.CODE : Outcome.REFUSED;
        }
        String normalised = code.replace("-", "").toLowerCase(Locale.ROOT);
        if (normalised.length() != 10) {
            return Outcome.REFUSED;
        }
        int spent = jdbc.sql("update two_factor_recovery_code set used_at = :now "
                        + "where user_id = :id and code_hash = :hash and used_at is null")
                .param("now", OffsetDateTime.now(clock)).param("id", userId).param("hash", sha256(normalised)).update();
        return spent == 1 ? Outcome.RECOVERY_CODE : Outcome.REFUSED;
    }

    /** How many recovery codes the user has left. */
    @Transactional(readOnly = true)
    public int recoveryCodesLeft(CurrentUser user) {
        return jdbc.sql("select count(*) from two_factor_recovery_code where user_id = :id and used_at is null")
                .param("id", user.id()).query(Integer.class).single();
    }

    private List<String> newRecoveryCodes(UUID userId) {
        jdbc.sql("delete from two_factor_recovery_code where user_id = :id").param("id", userId).update();
        List<String> codes = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        while (codes.size() < RECOVERY_CODES) {
            StringBuilder c = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                c.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            String code = c.substring(0, 5) + "-" + c.substring(5);
            if (codes.contains(code)) {
                continue;
            }
            jdbc.sql("insert into two_factor_recovery_code (user_id, code_hash, created_at) values (:id, :hash, :now)")
                    .param("id", userId).param("hash", sha256(c.toString())).param("now", now).update();
            codes.add(code);
        }
        return codes;
    }

    private void clear(UUID userId) {
        jdbc.sql("update app_user set totp_secret = null, totp_enabled_at = null, totp_last_step = null, "
                + "version = version + 1, updated_at = now() where id = :id").param("id", userId).update();
        jdbc.sql("delete from two_factor_recovery_code where user_id = :id").param("id", userId).update();
    }

    private long now() {
        return Totp.step(clock.instant().getEpochSecond());
    }

    private static String strip(String code) {
        return code == null ? "" : code.replace(" ", "").strip();
    }

    private record Row(byte[] secret, boolean enabled) {
    }

    private Row row(UUID userId) {
        return jdbc.sql("select totp_secret, totp_enabled_at is not null as enabled from app_user where id = :id")
                .param("id", userId).query((rs, n) -> new Row(opened(rs.getString("totp_secret")), rs.getBoolean("enabled")))
                .single();
    }

    private byte[] opened(String sealed) {
        return sealed == null ? null : Totp.fromBase32(cipher.open(sealed));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
