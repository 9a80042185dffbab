package vn.ishc.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.internal.SignInThrottle;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.VietnameseText;

/**
 * Creating and managing users. National administrators manage everyone; province officers manage the
 * commune-level users of their own province, never a peer ({@link Role#manages}): a user they may not
 * manage is neither listed nor read, changed, disabled or given a new password by them. Every change is
 * audited; passwords are stored only as hashes from the delegating encoder.
 */
@Service
@Transactional
public class UserAccounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");
    static final int MAX_DISPLAY_NAME = 100;

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);
    private static final RowMapper<UserView> ROW = (rs, n) -> new UserView(rs.getObject("id", UUID.class),
            rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
            (Long) rs.getObject("scope_unit_id"), rs.getString("scope_path"), rs.getObject("scope_club_id", UUID.class),
            rs.getBoolean("enabled"),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final Clubs clubs;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final java.time.Clock clock;

    UserAccounts(JdbcClient jdbc, AdminUnits units, Clubs clubs, PasswordEncoder encoder, ApplicationEventPublisher events,
                 PasswordPolicy policy, SignInThrottle throttle, java.time.Clock clock) {
        this.clock = clock;
        this.policy = policy;
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.units = units;
        this.clubs = clubs;
        this.encoder = encoder;
        this.events = events;
    }

    /** A page of the users the actor manages, optionally those whose name contains {@code text}. */
    @Transactional(readOnly = true)
    public List<UserView> list(String text, int page, int size, CurrentUser actor) {
        requireManager(actor);
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql("select * from app_user where " + inScope(actor) + " and role in (:managed)"
                        + " and (:key = '' or lower(username) like :pattern or lower(display_name) like :pattern)"
                        + " order by lower(username) limit :size offset :offset")
                .param("path", actor.scope().path()).param("key", key).param("pattern", VietnameseText.containing(key))
                .param("managed", managed(actor))
                .param("size", size).param("offset", (long) page * size)
                .query(ROW).list();
    }

    @Transactional(readOnly = true)
    public UserView get(UUID id, CurrentUser actor) {
        requireManager(actor);
        UserView user = find(id).orElseThrow(() -> new NotFoundException("identity.user.notFound", id));
        if (!actor.scope().covers(user.scopePath())) {
            throw new OutOfScopeException("user " + id);
        }
        if (!actor.role().manages(user.role())) {
            throw new AccessDeniedException("Role " + actor.role() + " does not manage " + user.role());
        }
        return user;
    }

    /** The names of the roles the actor manages. */
    private static List<String> managed(CurrentUser actor) {
        return java.util.Arrays.stream(Role.values()).filter(actor.role()::manages).map(Role::name).toList();
    }

    public UserView create(NewUser command, CurrentUser actor) {
        requireManager(actor);
        UUID id = command.id() == null ? UUID.randomUUID() : command.id();
        String username = requireUsername(command.username());
        Optional<UserView> existing = find(id);
        if (existing.isPresent()) {
            if (existing.get().username().equals(username)) {
                return get(id, actor);
            }
            throw new InvalidInputException("identity.user.idTaken", "id", id);
        }
        String displayName = requireDisplayName(command.displayName());
        policy.check(command.password(), username);
        AreaScope scope = requireScope(command.role(), command.scopeUnitId(), actor);
        try {
            jdbc.sql("""
                    insert into app_user (id, username, display_name, password_hash, role, scope_unit_id, scope_path,
                                          created_by, updated_by)
                    values (:id, :username, :name, :hash, :role, :unit, :path, :actor, :actor)""")
                    .param("id", id).param("username", username).param("name", displayName)
                    .param("hash", encoder.encode(command.password())).param("role", command.role().name())
                    .param("unit", command.scopeUnitId()).param("path", scope.path()).param("actor", actor.username())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("identity.user.usernameTaken", "username", username);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("username", username);
        detail.put("role", command.role().name());
        detail.put("scope", scope.path());
        events.publishEvent(new UserChanged(id, "user.created", actor.username(), detail));
        log.info("User {} created with role {} by {}", username, command.role(), actor.username());
        return find(id).orElseThrow();
    }

    /** Gives a user another role or area (null scopeUnitId: the nation), and a display name. */
    public UserView change(UUID id, String displayName, Role role, Long scopeUnitId, CurrentUser actor) {
        UserView before = get(id, actor);
        String name = displayName == null ? before.displayName() : requireDisplayName(displayName);
        Role newRole = role == null ? before.role() : role;
        Long unit = role == null ? before.scopeUnitId() : scopeUnitId;
        AreaScope scope = requireScope(newRole, unit, actor);
        if (before.id().equals(actor.id()) && (newRole != before.role() || !Objects.equals(unit, before.scopeUnitId()))) {
            throw new InvalidInputException("identity.user.notOwnRole", "role");
        }
        jdbc.sql("""
                update app_user set display_name = :name, role = :role, scope_unit_id = :unit, scope_path = :path,
                       scope_club_id = case when role = :role and scope_path = :path then scope_club_id end,
                       version = version + 1, updated_at = now(), updated_by = :actor where id = :id""")
                .param("name", name).param("role", newRole.name()).param("unit", unit).param("path", scope.path())
                .param("actor", actor.username()).param("id", id).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", Map.of("displayName", before.displayName(), "role", before.role().name(), "scope", before.scopePath()));
        detail.put("after", Map.of("displayName", name, "role", newRole.name(), "scope", scope.path()));
        events.publishEvent(new UserChanged(id, "user.changed", actor.username(), detail));
        return find(id).orElseThrow();
    }

    public UserView setEnabled(UUID id, boolean enabled, CurrentUser actor) {
        UserView before = get(id, actor);
        if (before.id().equals(actor.id()) && !enabled) {
            throw new InvalidInputException("identity.user.notSelf", "enabled");
        }
        if (before.enabled() == enabled) {
            return before;
        }
        // Disabling ends the user's sessions; enabling again does not revive them.
        jdbc.sql("""
                        update app_user set enabled = :e, version = version + 1, updated_at = now(), updated_by = :actor,
                            credentials_changed_at = case when :e then credentials_changed_at else :at end
                        where id = :id""")
                .param("e", enabled).param("actor", actor.username()).param("at", credentialsChanged())
                .param("id", id).update();
        if (!enabled) {
            voidTokens(id, actor);
        }
        events.publishEvent(new UserChanged(id, enabled ? "user.enabled" : "user.disabled", actor.username(),
                Map.of("enabled", enabled)));
        log.info("User {} {} by {}", before.username(), enabled ? "enabled" : "disabled", actor.username());
        return find(id).orElseThrow();
    }

    /** The moment sessions signed in before are ended from, as PostgreSQL keeps it (microseconds). */
    private java.time.OffsetDateTime credentialsChanged() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(java.time.ZoneOffset.UTC);
    }

    /** Disabling voids the user's API tokens for good: enabling the user again does not revive them. */
    private void voidTokens(UUID id, CurrentUser actor) {
        int voided = jdbc.sql("update api_token set revoked_at = :now, revoked_by = :actor "
                        + "where user_id = :id and revoked_at is null")
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC)).param("actor", actor.username())
                .param("id", id).update();
        if (voided > 0) {
            events.publishEvent(new UserChanged(id, "token.revoked", actor.username(),
                    Map.of("tokens", voided, "reason", "user.disabled")));
        }
    }

    /**
     * Limits a club board member or volunteer to one club of their commune (null: the whole commune again).
     */
    public UserView limitToClub(UUID id, UUID clubId, CurrentUser actor) {
        UserView user = get(id, actor);
        if (clubId != null && user.role() != Role.CLUB_BOARD && user.role() != Role.HOMECARE_VOLUNTEER) {
            throw new InvalidInputException("identity.user.clubRole", "scopeClubId", roleName(user.role()));
        }
        if (clubId != null) {
            Club club = clubs.get(clubId, actor.scope());
            if (!club.areaPaths().contains(user.scopePath())) {
                throw new InvalidInputException("identity.user.clubOutsideCommune", "scopeClubId", club.name());
            }
        }
        jdbc.sql("update app_user set scope_club_id = :c, version = version + 1, updated_at = now(), updated_by = :actor where id = :id")
                .param("c", clubId).param("actor", actor.username()).param("id", id).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", user.scopeClubId() == null ? "" : user.scopeClubId().toString());
        detail.put("after", clubId == null ? "" : clubId.toString());
        events.publishEvent(new UserChanged(id, "user.club", actor.username(), detail));
        return find(id).orElseThrow();
    }

    public UserView resetPassword(UUID id, String password, CurrentUser actor) {
        UserView user = get(id, actor);
        policy.check(password, user.username());
        jdbc.sql("""
                        update app_user set password_hash = :h, version = version + 1, updated_at = now(), updated_by = :actor,
                            credentials_changed_at = :at
                        where id = :id""")
                .param("h", encoder.encode(password)).param("actor", actor.username()).param("at", credentialsChanged())
                .param("id", id).update();
        events.publishEvent(new UserChanged(id, "user.passwordReset", actor.username(), Map.of()));
        return find(id).orElseThrow();
    }

    /**
     * A signed-in user's new password, given with the current one. Their other sessions are ended at their
     * next request; the one they changed it from is kept by the caller with the moment returned. The change is
     * audited, never the passwords.
     */
    public java.time.Instant changeOwnPassword(String current, String password, CurrentUser actor) {
        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", actor.id())
                .query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("identity.user.notFound", actor.id()));
        if (current == null || !encoder.matches(current, hash)) {
            throw new InvalidInputException("identity.password.currentWrong", "currentPassword");
        }
        if (password != null && java.text.Normalizer.normalize(current, java.text.Normalizer.Form.NFC)
                .equals(java.text.Normalizer.normalize(password, java.text.Normalizer.Form.NFC))) {
            throw new InvalidInputException("identity.password.unchanged", "password");
        }
        policy.check(password, actor.username());
        java.time.OffsetDateTime at = credentialsChanged();
        jdbc.sql("""
                        update app_user set password_hash = :h, version = version + 1, updated_at = now(), updated_by = :actor,
                            credentials_changed_at = :at
                        where id = :id""")
                .param("h", encoder.encode(password)).param("actor", actor.username()).param("at", at)
                .param("id", actor.id()).update();
        events.publishEvent(new UserChanged(actor.id(), "user.ownPassword", actor.username(), Map.of()));
        log.info("User {} changed their own password", actor.username());
        return at.toInstant();
    }

    /** Until when the user's sign-in is locked after repeated failures, if it is now. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> lockedUntil(UUID id, CurrentUser actor) {
        return throttle.lockedUntil(get(id, actor).username());
    }

    /** Lets a user sign in again at once after repeated failures: their count and lock are cleared. */
    public UserView unlock(UUID id, CurrentUser actor) {
        UserView user = get(id, actor);
        boolean wasLocked = throttle.clear(user.username());
        events.publishEvent(new UserChanged(id, "user.unlocked", actor.username(), Map.of("wasLocked", wasLocked)));
        log.info("Sign-in of {} unlocked by {}", user.username(), actor.username());
        return user;
    }

    /** The first national administrator, from the setup page or the command line: only while nobody exists. */
    UserView createFirstAdministrator(String username, String displayName, String password, String via) {
        if (jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0) {
            throw new InvalidInputException("identity.setup.done", null);
        }
        CurrentUser system = new CurrentUser(new UUID(0, 0), via, via, Role.NATIONAL_ADMIN, AreaScope.nation());
        return create(new NewUser(null, username, displayName, password, Role.NATIONAL_ADMIN, null), system);
    }

    /** Whether any user exists yet. */
    @Transactional(readOnly = true)
    public boolean anyUser() {
        return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    private Optional<UserView> find(UUID id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(ROW).optional();
    }

    private static String inScope(CurrentUser actor) {
        return actor.scope().isNation() ? "true"
                : "(scope_path = :path or scope_path like :path || '.%')";
    }

    private static void requireManager(CurrentUser actor) {
        if (!actor.managesUsers()) {
            throw new AccessDeniedException("Role " + actor.role() + " does not manage users");
        }
    }

    /** The scope of the role at the unit, checked against what the role allows and what the actor may grant. */
    private AreaScope requireScope(Role role, Long scopeUnitId, CurrentUser actor) {
        if (role == null) {
            throw new InvalidInputException("identity.user.roleMissing", "role");
        }
        AreaScope scope = scopeUnitId == null ? AreaScope.nation() : units.scopeOf(scopeUnitId);
        if (!role.allowsScope(scope.level())) {
            String key = scope.isNation() ? "identity.user.scopeMissing" : "identity.user.scopeMismatch";
            throw new InvalidInputException(key, "scopeUnitId", roleName(role));
        }
        if (!actor.role().manages(role)) {
            throw new InvalidInputException("identity.user.roleNotGrantable", "role", roleName(role));
        }
        if (!actor.scope().isNation()) {
            if (scope.isNation() || !actor.scope().covers(scope.path())) {
                throw new OutOfScopeException("scope " + scope.path());
            }
        }
        return scope;
    }

    /** The role's name in the reader's language, resolved when the message is. */
    private static DefaultMessageSourceResolvable roleName(Role role) {
        return new DefaultMessageSourceResolvable("role." + role.name());
    }

    private static String requireUsername(String username) {
        String clean = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(clean).matches()) {
            throw new InvalidInputException("identity.user.usernameInvalid", "username", clean);
        }
        return clean;
    }

    private static String requireDisplayName(String displayName) {
        String clean = VietnameseText.clean(displayName);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("identity.user.displayNameMissing", "displayName");
        }
        if (clean.length() > MAX_DISPLAY_NAME) {
            throw new InvalidInputException("identity.user.displayNameTooLong", "displayName", MAX_DISPLAY_NAME);
        }
        return clean;
    }
}
