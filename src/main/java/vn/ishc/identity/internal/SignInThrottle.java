package vn.ishc.identity.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ishc.identity.AuditLog;

/**
 * Failed sign-ins, counted per user name typed and per client address in the database (so across
 * instances and restarts). After {@code ishc.signin.account-free-failures} failures of one user name (3),
 * the next attempt is refused without checking the password until a delay has passed since the last
 * failure: 5 s, doubling with each further failure up to 5 minutes; after {@code lock-after} failures in a
 * row (10) the user name is locked for {@code lock-minutes} (30) or until an officer unlocks it. An address
 * gets the same growing delay after {@code address-free-failures} (20) failures, whatever the user names, and
 * is never locked. Unknown user names are counted and answered just as known ones, so the answers tell
 * nothing about which names exist. A success clears the user name's count (not the address's); an address
 * is forgotten an hour after its last failure, a user name a day after. Nothing sleeps: a refused attempt is
 * answered at once with the seconds to wait.
 */
@Service
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    static final int MAX_KEY = 100;

    /** Why an attempt is refused before its password is checked, and for how many seconds more. */
    public record Refusal(boolean locked, long seconds) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final int accountFree;
    private final int addressFree;
    private final int lockAfter;
    private final Duration lockFor;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Counter failures;
    private final Counter locks;

    SignInThrottle(JdbcClient jdbc, Clock clock, AuditLog audit, MeterRegistry meters,
                   @Value("${ishc.signin.account-free-failures:3}") int accountFree,
                   @Value("${ishc.signin.address-free-failures:20}") int addressFree,
                   @Value("${ishc.signin.lock-after:10}") int lockAfter,
                   @Value("${ishc.signin.lock-minutes:30}") long lockMinutes,
                   @Value("${ishc.signin.first-delay-seconds:5}") long firstDelay,
                   @Value("${ishc.signin.max-delay-seconds:300}") long maxDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.accountFree = accountFree;
        this.addressFree = addressFree;
        this.lockAfter = lockAfter;
        this.lockFor = Duration.ofMinutes(lockMinutes);
        this.firstDelay = Duration.ofSeconds(firstDelay);
        this.maxDelay = Duration.ofSeconds(maxDelay);
        this.failures = Counter.builder("ishc.signin.failures")
                .description("Sign-ins refused for a wrong password, an unknown or disabled user name, or a wrong code")
                .register(meters);
        this.locks = Counter.builder("ishc.signin.locks").description("User names locked after repeated failures")
                .register(meters);
    }

    /** The user name as counted: stripped, lower case, cut to a length that fits the audit. */
    static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** Whether an attempt for this user name from this address must wait; audited when it must. */
    public Optional<Refusal> check(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        Optional<Refusal> refusal = row("account", account).flatMap(r -> refusalOf(r, now, accountFree))
                .or(() -> row("address", address).flatMap(r -> refusalOf(r, now, addressFree)));
        refusal.ifPresent(r -> audit.signIn(account, r.locked() ? "signin.locked" : "signin.throttled", address,
                false, Map.of("seconds", r.seconds())));
        return refusal;
    }

    /** A wrong password (or unknown or disabled user): counted for the user name and the address, audited. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        int failures = count("account", account, now, now.minus(Duration.ofDays(1)));
        count("address", address, now, now.minus(Duration.ofHours(1)));
        audit.signIn(account, "signin.failed", address, false, Map.of("failures", failures));
        this.failures.increment();
        if (failures >= lockAfter) {
            locks.increment();
            jdbc.sql("update sign_in_failure set locked_until = :until where kind = 'account' and key = :key")
                    .param("until", at(now.plus(lockFor))).param("key", account).update();
            log.warn("Sign-in locked for user name {} after {} failures, the last from {}", account, failures, address);
            audit.signIn(account, "signin.lock", address, true,
                    Map.of("failures", failures, "minutes", lockFor.toMinutes()));
        }
    }

    /**
     * A successful sign-in: the user name's count starts again. Audited for the sign-in form always; for
     * HTTP Basic, which signs in on every API request, only when it cleared failures.
     */
    public void succeeded(String username, String address, boolean always) {
        String account = accountKey(username);
        int cleared = jdbc.sql("delete from sign_in_failure where kind = 'account' and key = :key")
                .param("key", account).update();
        if (always || cleared > 0) {
            audit.signIn(account, "signin.success", address, true, Map.of());
        }
    }

    /** A right password of a user who signs in with a second factor: audited; the count stays until the code. */
    public void passwordAccepted(String username, String address) {
        audit.signIn(accountKey(username), "signin.password", address, true, Map.of());
    }

    /** Clears the user name's failures and lock (an officer's unlock); whether it was locked. */
    public boolean clear(String username) {
        Instant now = clock.instant();
        boolean locked = row("account", accountKey(username)).map(r -> r.lockedUntil() != null
                && r.lockedUntil().isAfter(now)).orElse(false);
        jdbc.sql("delete from sign_in_failure where kind = 'account' and key = :key")
                .param("key", accountKey(username)).update();
        return locked;
    }

    /** Until when the user name is locked, if it is now. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return row("account", accountKey(username)).map(Row::lockedUntil).filter(until -> until != null && until.isAfter(now));
    }

    private int count(String kind, String key, Instant now, Instant forgetBefore) {
        return jdbc.sql("""
                insert into sign_in_failure (kind, key, failures, last_failure) values (:kind, :key, 1, :now)
                on conflict (kind, key) do update set
                    failures = case when sign_in_failure.last_failure < :forget
                                      or sign_in_failure.locked_until <= :now then 1
                                    else sign_in_failure.failures + 1 end,
                    locked_until = case when sign_in_failure.locked_until > :now then sign_in_failure.locked_until end,
                    last_failure = :now
                returning failures""")
                .param("kind", kind).param("key", key).param("now", at(now)).param("forget", at(forgetBefore))
                .query(Integer.class).single();
    }

    private Optional<Row> row(String kind, String key) {
        return jdbc.sql("select failures, last_failure, locked_until from sign_in_failure where kind = :kind and key = :key")
                .param("kind", kind).param("key", key)
                .query((rs, n) -> new Row(rs.getInt("failures"), rs.getObject("last_failure", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Row(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    private Optional<Refusal> refusalOf(Row row, Instant now, int free) {
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            return Optional.of(new Refusal(true, seconds(now, row.lockedUntil())));
        }
        if (row.lockedUntil() != null || row.failures() < free) {
            return Optional.empty();
        }
        Instant until = row.lastFailure().plus(delay(row.failures() - free));
        return until.isAfter(now) ? Optional.of(new Refusal(false, seconds(now, until))) : Optional.empty();
    }

    /** 5 s after the first failure past the free ones, doubling with each further one, at most 5 minutes. */
    Duration delay(int beyondFree) {
        Duration d = firstDelay.multipliedBy(1L << Math.min(beyondFree, 20));
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    private static long seconds(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }
}
