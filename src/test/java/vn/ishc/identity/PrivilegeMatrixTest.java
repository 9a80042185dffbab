package vn.ishc.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumMap;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;

/**
 * Who may manage whom: every (actor role, target role, action) through the users API, with the outcome
 * written out by hand. Users manage only roles strictly below their own; the national administrator, at
 * the top, manages every role. Actors and targets are all of Phú Thọ (or the nation), so the area never
 * decides: only the roles do. A refused action answers 4xx and leaves the target as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrivilegeMatrixTest {

    /**
     * One line an (actor, target) pair; the actions in this order: create (a new user of the target's
     * role), read, rename, reset the password, disable, unlock the sign-in after repeated failures, revoke one of
     * the target's API tokens, reset the target's two-factor sign-in (a lost phone). y: allowed;
     * n: refused.
     */
    static final String MATRIX = """
            NATIONAL_ADMIN      NATIONAL_ADMIN      y y y y y y y y
            NATIONAL_ADMIN      PROVINCE_OFFICER    y y y y y y y y
            NATIONAL_ADMIN      COMMUNE_OFFICER     y y y y y y y y
            NATIONAL_ADMIN      CLUB_BOARD          y y y y y y y y
            NATIONAL_ADMIN      HOMECARE_VOLUNTEER  y y y y y y y y
            NATIONAL_ADMIN      PARTNER_VIEWER      y y y y y y y y
            PROVINCE_OFFICER    NATIONAL_ADMIN      n n n n n n n n
            PROVINCE_OFFICER    PROVINCE_OFFICER    n n n n n n n n
            PROVINCE_OFFICER    COMMUNE_OFFICER     y y y y y y y y
            PROVINCE_OFFICER    CLUB_BOARD          y y y y y y y y
            PROVINCE_OFFICER    HOMECARE_VOLUNTEER  y y y y y y y y
            PROVINCE_OFFICER    PARTNER_VIEWER      n n n n n n n n
            COMMUNE_OFFICER     NATIONAL_ADMIN      n n n n n n n n
            COMMUNE_OFFICER     PROVINCE_OFFICER    n n n n n n n n
            COMMUNE_OFFICER     COMMUNE_OFFICER     n n n n n n n n
            COMMUNE_OFFICER     CLUB_BOARD          n n n n n n n n
            COMMUNE_OFFICER     HOMECARE_VOLUNTEER  n n n n n n n n
            COMMUNE_OFFICER     PARTNER_VIEWER      n n n n n n n n
            CLUB_BOARD          NATIONAL_ADMIN      n n n n n n n n
            CLUB_BOARD          PROVINCE_OFFICER    n n n n n n n n
            CLUB_BOARD          COMMUNE_OFFICER     n n n n n n n n
            CLUB_BOARD          CLUB_BOARD          n n n n n n n n
            CLUB_BOARD          HOMECARE_VOLUNTEER  n n n n n n n n
            CLUB_BOARD          PARTNER_VIEWER      n n n n n n n n
            HOMECARE_VOLUNTEER  NATIONAL_ADMIN      n n n n n n n n
            HOMECARE_VOLUNTEER  PROVINCE_OFFICER    n n n n n n n n
            HOMECARE_VOLUNTEER  COMMUNE_OFFICER     n n n n n n n n
            HOMECARE_VOLUNTEER  CLUB_BOARD          n n n n n n n n
            HOMECARE_VOLUNTEER  HOMECARE_VOLUNTEER  n n n n n n n n
            HOMECARE_VOLUNTEER  PARTNER_VIEWER      n n n n n n n n
            PARTNER_VIEWER      NATIONAL_ADMIN      n n n n n n n n
            PARTNER_VIEWER      PROVINCE_OFFICER    n n n n n n n n
            PARTNER_VIEWER      COMMUNE_OFFICER     n n n n n n n n
            PARTNER_VIEWER      CLUB_BOARD          n n n n n n n n
            PARTNER_VIEWER      HOMECARE_VOLUNTEER  n n n n n n n n
            PARTNER_VIEWER      PARTNER_VIEWER      n n n n n n n n
            """;
    static final List<String> ACTIONS = List.of("create", "read", "rename", "password", "disable", "unlock",
            "revokeToken", "twoFactorReset");
    static final String PASSWORD = "mat-khau-dai-1";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApiTokens tokens;

    @Test
    void everyRoleManagesOnlyTheRolesBelowItsOwnAsTheMatrixSays() {
        Map<Role, Long> unitOf = new EnumMap<>(Role.class);
        long province = GeographyFixtures.province(units, "25", GeographyFixtures.AFTER_REFORM).id();
        long commune = GeographyFixtures.communeToday(units, "04795").id();
        for (Role role : Role.values()) {
            unitOf.put(role, switch (role) {
                case NATIONAL_ADMIN -> null;
                case PROVINCE_OFFICER, PARTNER_VIEWER -> province;
                default -> commune;
            });
        }
        String run = UUID.randomUUID().toString().substring(0, 6);
        Map<Role, UserView> actors = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            actors.put(role, UserFixtures.create(accounts, "pm-" + run + "-" + role.ordinal(), role, unitOf.get(role),
                    PASSWORD, "Người thử " + role.ordinal()));
        }

        List<String> wrong = new ArrayList<>();
        int lines = 0;
        int allowed = 0;
        for (String line : MATRIX.strip().split("\n")) {
            String[] cell = line.strip().split("\\s+");
            Role actorRole = Role.valueOf(cell[0]);
            Role targetRole = Role.valueOf(cell[1]);
            UserView actor = actors.get(actorRole);
            UserView target = UserFixtures.create(accounts, "pm-" + run + "-" + actorRole.ordinal() + "-"
                    + targetRole.ordinal(), targetRole, unitOf.get(targetRole), PASSWORD, "Đích");
            lines++;
            for (int a = 0; a < ACTIONS.size(); a++) {
                String action = ACTIONS.get(a);
                boolean expected = cell[2 + a].equals("y");
                allowed += expected ? 1 : 0;
                MvcTestResult result = send(action, actor, target, targetRole, unitOf.get(targetRole), run);
                int status = result.getResponse().getStatus();
                boolean succeeded = status >= 200 && status < 300;
                if (succeeded != expected) {
                    wrong.add("%s %s %s: expected %s, answered %d".formatted(actorRole, action, targetRole,
                            expected ? "allowed" : "refused", status));
                } else if (!expected && status >= 500) {
                    wrong.add("%s %s %s: refused with a server error %d".formatted(actorRole, action, targetRole, status));
                }
                if (!expected && action.equals("create")
                        && !accounts.list(newUsername(actorRole, targetRole, run), 0, 5, UserFixtures.ROOT).isEmpty()) {
                    wrong.add("%s create %s: refused but the user was made".formatted(actorRole, targetRole));
                }
                if (action.equals("unlock") && expected == locked(target)) {
                    wrong.add("%s unlock %s: %s but the lock is %s".formatted(actorRole, targetRole,
                            expected ? "allowed" : "refused", expected ? "still there" : "gone"));
                }
                if (!expected && !action.equals("create") && !action.equals("read")) {
                    UserView after = accounts.get(target.id(), UserFixtures.ROOT);
                    if (after.version() != target.version()) {
                        wrong.add("%s %s %s: refused but the target changed".formatted(actorRole, action, targetRole));
                    }
                }
            }
        }
        assertThat(lines).as("pairs of the matrix").isEqualTo(Role.values().length * Role.values().length);
        assertThat(allowed).as("actions allowed in the matrix").isEqualTo(9 * ACTIONS.size());
        assertThat(wrong).as("actions whose outcome is not the matrix's").isEmpty();
    }

    private boolean locked(UserView target) {
        return jdbc.sql("select count(*) from sign_in_failure where kind = 'account' and key = :u")
                .param("u", target.username()).query(Long.class).single() > 0;
    }

    /** Every user, whatever their role, changes their own password, and only with the current one. */
    @Test
    void everyRoleChangesItsOwnPassword() {
        long province = GeographyFixtures.province(units, "25", GeographyFixtures.AFTER_REFORM).id();
        long commune = GeographyFixtures.communeToday(units, "04795").id();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (Role role : Role.values()) {
            Long unit = switch (role) {
                case NATIONAL_ADMIN -> null;
                case PROVINCE_OFFICER, PARTNER_VIEWER -> province;
                default -> commune;
            };
            UserView u = UserFixtures.create(accounts, "own-" + run + "-" + role.ordinal(), role, unit, PASSWORD, "Tự đổi");
            var as = user(u.username()).roles(role.name());
            String body = "{\"currentPassword\":\"%s\",\"password\":\"mật khẩu mới của tôi %d\"}";
            assertThat(mvc.post().uri("/api/v1/me/password").with(csrf()).with(as).contentType(MediaType.APPLICATION_JSON)
                    .content(body.formatted("sai-mat-khau-1", role.ordinal()))).as(role.name()).hasStatus(422);
            assertThat(mvc.post().uri("/api/v1/me/password").with(csrf()).with(as).contentType(MediaType.APPLICATION_JSON)
                    .content(body.formatted(PASSWORD, role.ordinal()))).as(role.name()).hasStatus(204);
        }
    }

    /**
     * Every user, whatever their role, makes a token of their own and the token signs in with that role and no
     * other: the users API answers it exactly when the role manages users, a READ token writes nothing, and a
     * user cannot revoke another user's token through their own tokens.
     */
    @Test
    void everyRoleMakesATokenThatHasItsRoleAndNoMore() {
        long province = GeographyFixtures.province(units, "25", GeographyFixtures.AFTER_REFORM).id();
        long commune = GeographyFixtures.communeToday(units, "04795").id();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String other = null;
        for (Role role : Role.values()) {
            Long unit = switch (role) {
                case NATIONAL_ADMIN -> null;
                case PROVINCE_OFFICER, PARTNER_VIEWER -> province;
                default -> commune;
            };
            UserView u = UserFixtures.create(accounts, "tk-" + run + "-" + role.ordinal(), role, unit, PASSWORD, "Mã");
            IssuedApiToken read = tokens.create(new NewApiToken("Đọc", ApiToken.Scope.READ, null), UserFixtures.signedIn(u));
            IssuedApiToken write = tokens.create(new NewApiToken("Ghi", ApiToken.Scope.WRITE, 7), UserFixtures.signedIn(u));
            boolean manager = role == Role.NATIONAL_ADMIN || role == Role.PROVINCE_OFFICER;
            assertThat(mvc.get().uri("/api/v1/users").header("Authorization", "Bearer " + read.secret()))
                    .as(role.name()).hasStatus(manager ? 200 : 403);
            assertThat(mvc.post().uri("/api/v1/me/password").header("Authorization", "Bearer " + read.secret())
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).as(role.name()).hasStatus(403);
            assertThat(mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + write.secret()))
                    .as(role.name()).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(2);
            if (other != null) {
                assertThat(mvc.delete().uri("/api/v1/me/tokens/" + other).header("Authorization", "Bearer " + write.secret()))
                        .as(role.name()).hasStatus(404);
            }
            other = read.token().id().toString();
        }
        assertThat(jdbc.sql("select count(*) from api_token where revoked_at is not null and prefix like 'ishc_%' "
                + "and user_id in (select id from app_user where username like :p)").param("p", "tk-" + run + "-%")
                .query(Long.class).single()).isZero();
    }

    /** The user name the actor's create request gives the new user of the target role. */
    private static String newUsername(Role actor, Role target, String run) {
        return "pm-new-" + run + "-" + actor.ordinal() + "-" + target.ordinal();
    }

    private MvcTestResult send(String action, UserView actor, UserView target, Role targetRole, Long unit, String run) {
        var as = user(actor.username()).roles(actor.role().name());
        return switch (action) {
            case "create" -> mvc.post().uri("/api/v1/users").with(csrf()).contentType(MediaType.APPLICATION_JSON).with(as)
                    .content("""
                            {"username":"%s","displayName":"Người mới","password":"%s","role":"%s","scopeUnitId":%s}
                            """.formatted(newUsername(actor.role(), targetRole, run), PASSWORD, targetRole, unit))
                    .exchange();
            case "read" -> mvc.get().uri("/api/v1/users/" + target.id()).with(as).exchange();
            case "rename" -> mvc.patch().uri("/api/v1/users/" + target.id()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .with(as).content("{\"displayName\":\"Tên mới\"}").exchange();
            case "password" -> mvc.post().uri("/api/v1/users/" + target.id() + "/password").with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).with(as).content("{\"password\":\"mat-khau-moi-dai-2\"}")
                    .exchange();
            case "unlock" -> {
                jdbc.sql("insert into sign_in_failure (kind, key, failures, last_failure, locked_until) "
                                + "values ('account', :u, 10, :now, :until)")
                        .param("u", target.username()).param("now", clock.instant().atOffset(ZoneOffset.UTC))
                        .param("until", clock.instant().plusSeconds(1800).atOffset(ZoneOffset.UTC)).update();
                yield mvc.post().uri("/api/v1/users/" + target.id() + "/unlock").with(csrf()).with(as).exchange();
            }
            case "revokeToken" -> {
                UUID token = tokens.create(new NewApiToken("Đích", ApiToken.Scope.READ, null), UserFixtures.signedIn(target))
                        .token().id();
                MvcTestResult result = mvc.delete().uri("/api/v1/users/" + target.id() + "/tokens/" + token).with(csrf())
                        .with(as).exchange();
                boolean revoked = jdbc.sql("select revoked_at is not null from api_token where id = :id").param("id", token)
                        .query(Boolean.class).single();
                if (revoked != (result.getResponse().getStatus() / 100 == 2)) {
                    throw new AssertionError("The token's revocation does not match the answer " + result.getResponse().getStatus());
                }
                yield result;
            }
            case "twoFactorReset" -> mvc.post().uri("/api/v1/users/" + target.id() + "/two-factor/reset").with(csrf())
                    .with(as).exchange();
            case "disable" -> mvc.patch().uri("/api/v1/users/" + target.id()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .with(as).content("{\"enabled\":false}").exchange();
            default -> throw new IllegalArgumentException(action);
        };
    }
}
