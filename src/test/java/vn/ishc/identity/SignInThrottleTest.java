package vn.ishc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;

/**
 * Repeated failed sign-ins, by the form and by HTTP Basic: the growing delay, the lock after 10 failures in
 * a row, its end after 30 minutes or by an officer who manages the user, and the audit of each. Time is
 * moved by writing the failure rows' times back. Each test signs in from an address of its own, so that the
 * counts per address of other tests never meet.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleTest {

    static final String PASSWORD = "mat-khau-dai-1";
    /** Five seconds after the third failure (a second may have passed on a slow machine). */
    static final String WAIT = "/login\\?wait=[45]";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;

    UserView officer;
    UserView provinceOfficer;
    String address;

    @BeforeEach
    void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long commune = GeographyFixtures.communeToday(units, "04795").id();
        long province = GeographyFixtures.province(units, "25", GeographyFixtures.AFTER_REFORM).id();
        officer = UserFixtures.create(accounts, "thr-" + run, Role.COMMUNE_OFFICER, commune, PASSWORD, "Cán bộ xã");
        provinceOfficer = UserFixtures.create(accounts, "thr-p-" + run, Role.PROVINCE_OFFICER, province, PASSWORD, "Cán bộ tỉnh");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    @Test
    void afterThreeFailuresTheNextAttemptWaitsEvenWithTheRightPasswordAndASuccessStartsTheCountAgain() {
        for (int i = 0; i < 3; i++) {
            assertThat(form(officer.username(), "sai-mat-khau-" + i)).redirectedUrl().isEqualTo("/login?error");
        }
        assertThat(form(officer.username(), PASSWORD)).redirectedUrl().matches(WAIT);
        assertThat(mvc.get().uri("/login?wait=5")).hasStatusOk().bodyText()
                .contains("Đăng nhập sai nhiều lần, thử lại sau 5 giây.");

        backdate(officer.username(), "6 seconds");
        assertThat(form(officer.username(), PASSWORD)).redirectedUrl().isEqualTo("/");
        assertThat(failures(officer.username())).isEmpty();
        assertThat(form(officer.username(), "sai-lan-nua")).redirectedUrl().isEqualTo("/login?error");
        assertThat(failures(officer.username())).containsExactly(1);

        assertThat(auditActions(officer.username())).contains("signin.failed", "signin.throttled", "signin.success");
        assertThat(jdbc.sql("select detail::text from audit_event where actor = :u").param("u", officer.username())
                .query(String.class).list()).allSatisfy(detail -> assertThat(detail)
                .contains(address).doesNotContain("sai-mat-khau").doesNotContain(PASSWORD));
    }

    @Test
    void httpBasicIsCountedTooAndAnswers429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            assertThat(basic(officer.username(), "sai-mat-khau-" + i)).hasStatus(401);
        }
        MvcTestResult waiting = basic(officer.username(), PASSWORD);
        assertThat(waiting).hasStatus(429);
        assertThat(waiting.getResponse().getHeader("Retry-After")).isIn("4", "5");
        assertThat(waiting).bodyJson().extractingPath("$.detail").asString().contains("Đăng nhập sai nhiều lần");
        // The form and the API count together.
        assertThat(form(officer.username(), PASSWORD)).redirectedUrl().matches(WAIT);
    }

    @Test
    void tenFailuresInARowLockTheAccountUntilItsOfficerUnlocksIt() {
        lock(officer.username());
        assertThat(form(officer.username(), PASSWORD)).redirectedUrl().isEqualTo("/login?locked=30");
        assertThat(mvc.get().uri("/login?locked=30")).hasStatusOk().bodyText().contains("Tài khoản tạm khóa");
        MvcTestResult locked = basic(officer.username(), PASSWORD);
        assertThat(locked).hasStatus(429);
        assertThat(Integer.parseInt(locked.getResponse().getHeader("Retry-After"))).isBetween(1700, 1800);
        assertThat(auditActions(officer.username())).contains("signin.lock", "signin.locked");

        // The officer sees the lock on the user's page and lifts it.
        assertThat(mvc.get().uri("/admin/users/" + officer.id()).with(as(provinceOfficer))).hasStatusOk()
                .bodyText().contains("Tài khoản tạm khóa vì đăng nhập sai nhiều lần, đến");
        assertThat(mvc.post().uri("/admin/users/" + officer.id() + "/unlock").with(csrf()).with(as(provinceOfficer)))
                .hasStatus3xxRedirection();
        assertThat(form(officer.username(), PASSWORD)).redirectedUrl().isEqualTo("/");
        assertThat(jdbc.sql("select actor from audit_event where action = 'user.unlocked' and target = :t")
                .param("t", "user:" + officer.id()).query(String.class).list()).containsExactly(provinceOfficer.username());
    }

    @Test
    void theApiUnlocksTooOnlyForWhoManagesTheUser() {
        lock(officer.username());
        UserView peer = UserFixtures.create(accounts, "thr-peer-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, officer.scopeUnitId(), PASSWORD, "Đồng cấp");
        assertThat(mvc.post().uri("/api/v1/users/" + officer.id() + "/unlock").with(csrf()).with(as(peer))).hasStatus(403);
        assertThat(basic(officer.username(), PASSWORD)).hasStatus(429);
        assertThat(mvc.post().uri("/api/v1/users/" + officer.id() + "/unlock").with(csrf()).with(as(provinceOfficer)))
                .hasStatus(204);
        assertThat(basic(officer.username(), PASSWORD)).hasStatusOk();
    }

    @Test
    void aLockEndsByItselfAfterThirtyMinutes() {
        lock(officer.username());
        assertThat(form(officer.username(), PASSWORD)).redirectedUrl().isEqualTo("/login?locked=30");
        jdbc.sql("update sign_in_failure set locked_until = locked_until - interval '30 minutes', "
                        + "last_failure = last_failure - interval '30 minutes' where kind = 'account' and key = :u")
                .param("u", officer.username()).update();
        assertThat(form(officer.username(), PASSWORD)).redirectedUrl().isEqualTo("/");
    }

    @Test
    void anUnknownUserNameIsAnsweredJustAsAKnownOne() {
        String nobody = "khong-co-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            assertThat(form(nobody, "sai-mat-khau-" + i)).redirectedUrl().isEqualTo("/login?error");
        }
        assertThat(form(nobody, PASSWORD)).redirectedUrl().matches(WAIT);
        backdate(nobody, "10 minutes");
        lock(nobody);
        assertThat(form(nobody, PASSWORD)).redirectedUrl().isEqualTo("/login?locked=30");
    }

    @Test
    void oneAddressTryingManyUserNamesWaitsAfterTwentyFailures() {
        for (int i = 0; i < 20; i++) {
            assertThat(form("ai-do-" + i + "-" + UUID.randomUUID().toString().substring(0, 4), "sai-mat-khau"))
                    .redirectedUrl().isEqualTo("/login?error");
        }
        assertThat(form(officer.username(), PASSWORD)).redirectedUrl().matches(WAIT);
        // Another address is not held back.
        address = "10.255.255.254";
        assertThat(form(officer.username(), PASSWORD)).redirectedUrl().isEqualTo("/");
    }

    /** Wrong passwords up to ten in a row, each after the delay of the one before has passed. */
    private void lock(String username) {
        for (int i = failures(username).stream().findFirst().orElse(0); i < 10; i++) {
            assertThat(form(username, "sai-mat-khau-" + i)).redirectedUrl().isEqualTo("/login?error");
            backdate(username, "10 minutes");
        }
    }

    private void backdate(String username, String interval) {
        jdbc.sql("update sign_in_failure set last_failure = last_failure - cast(:i as interval) "
                        + "where kind = 'account' and key = :u")
                .param("i", interval).param("u", username).update();
    }

    private List<Integer> failures(String username) {
        return jdbc.sql("select failures from sign_in_failure where kind = 'account' and key = :u").param("u", username)
                .query(Integer.class).list();
    }

    private List<String> auditActions(String username) {
        return jdbc.sql("select action from audit_event where actor = :u order by id").param("u", username)
                .query(String.class).list();
    }

    private MvcTestResult form(String username, String password) {
        return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf())
                .with(from()).exchange();
    }

    private MvcTestResult basic(String username, String password) {
        return mvc.get().uri("/api/v1/units/" + officer.scopeUnitId()).with(httpBasic(username, password)).with(from())
                .exchange();
    }

    private RequestPostProcessor from() {
        String a = address;
        return request -> {
            request.setRemoteAddr(a);
            return request;
        };
    }

    private static RequestPostProcessor as(UserView u) {
        return user(u.username()).roles(u.role().name());
    }
}
