package vn.ishc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.shared.PersonalDataCipher;

/**
 * Two-factor sign-in: enrolment with a confirming code, the code asked after the password (wrong codes
 * counted like wrong passwords, a code never accepted twice, recovery codes once each), the requirement
 * for province officers (on here, as in production), an officer's reset, and HTTP Basic refused. The
 * codes are computed from the secret and the application's clock as an authenticator app would; a later
 * sign-in is made possible by writing the last accepted step back, as if half a minute had passed.
 */
@SpringBootTest(properties = "ishc.signin.two-factor.required-roles=PROVINCE_OFFICER")
@AutoConfigureMockMvc
class TwoFactorTest {

    static final String PASSWORD = "mat-khau-dai-1";
    static final Pattern SECRET = Pattern.compile("id=\"two-factor-secret\">([A-Z2-7 ]+)<");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    Clock clock;

    UserView volunteer;
    UserView provinceOfficer;
    UserView admin;
    long commune;
    String address;

    @BeforeEach
    void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        commune = GeographyFixtures.communeToday(units, "04795").id();
        long province = GeographyFixtures.province(units, "25", GeographyFixtures.AFTER_REFORM).id();
        volunteer = UserFixtures.create(accounts, "tf-" + run, Role.HOMECARE_VOLUNTEER, commune, PASSWORD, "Tình nguyện");
        provinceOfficer = UserFixtures.create(accounts, "tf-p-" + run, Role.PROVINCE_OFFICER, province, PASSWORD, "Cán bộ tỉnh");
        admin = UserFixtures.create(accounts, "tf-a-" + run, Role.NATIONAL_ADMIN, null, PASSWORD, "Quản trị");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    @Test
    void enrolmentShowsTheSecretAndQrCodeRefusesAWrongCodeAndTurnsOnWithARightOne() {
        var as = user(volunteer.username()).roles(volunteer.role().name());
        assertThat(mvc.get().uri("/me/password").with(as)).hasStatusOk().bodyText().contains("href=\"/me/two-factor\"");
        MvcTestResult page = mvc.get().uri("/me/two-factor").with(as).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("src=\"/me/two-factor/qr.svg\"")
                .contains("otpauth://totp/ISHC:" + volunteer.username() + "?secret=")
                .contains("&amp;issuer=ISHC&amp;algorithm=SHA1&amp;digits=6&amp;period=30");
        String secret = secretOn(page);
        assertThat(secret).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(mvc.get().uri("/me/two-factor/qr.svg").with(as)).hasStatusOk().bodyText().startsWith("<svg");
        // The page shows the same secret until it is confirmed.
        assertThat(secretOn(mvc.get().uri("/me/two-factor").with(as).exchange())).isEqualTo(secret);

        String wrong = Totp.code(Totp.fromBase32(secret), step() + 5);
        assertThat(mvc.post().uri("/me/two-factor").with(as).with(csrf()).param("code", wrong))
                .hasStatus3xxRedirection().flash().containsKey("errors");
        assertThat(state(volunteer).enabled()).isFalse();

        MvcTestResult on = mvc.post().uri("/me/two-factor").with(as).with(csrf())
                .param("code", Totp.code(Totp.fromBase32(secret), step())).exchange();
        assertThat(on).hasStatus3xxRedirection().flash().containsKey("recoveryCodes");
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) on.getMvcResult().getFlashMap().get("recoveryCodes");
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(state(volunteer).enabled()).isTrue();
        assertThat(jdbc.sql("select count(*) from two_factor_recovery_code where user_id = :id")
                .param("id", volunteer.id()).query(Integer.class).single()).isEqualTo(10);

        // Once on, the secret is never shown again, on the page, as a QR code or by the API.
        assertThat(mvc.get().uri("/me/two-factor").with(as)).hasStatusOk().bodyText()
                .doesNotContain(secret).doesNotContain(secret.replace(" ", "")).contains("10");
        assertThat(mvc.get().uri("/me/two-factor/qr.svg").with(as)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/users/" + volunteer.id()).with(user(admin.username()).roles("NATIONAL_ADMIN")))
                .hasStatusOk().bodyText().doesNotContain(secret.replace(" ", ""));
        assertThat(auditActions("user:" + volunteer.id())).contains("user.twoFactorEnrolRefused", "user.twoFactorOn");
    }

    @Test
    void thePasswordAloneDoesNotSignInAWrongCodeIsCountedAndARightOneSignsInOnce() {
        byte[] secret = enrol(volunteer);
        MockHttpSession session = password(volunteer);
        assertThat(mvc.get().uri("/").accept(MediaType.TEXT_HTML).session(session)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/api/v1/units/" + commune).session(session)).hasStatus(401);
        assertThat(mvc.get().uri("/login/code").session(session)).hasStatusOk().bodyText().contains("Nhập mã xác thực");

        assertThat(code(session, Totp.code(secret, step() + 5))).hasStatusOk().bodyText()
                .contains("Mã không đúng hoặc đã dùng rồi.");
        assertThat(failures(volunteer)).containsExactly(1);

        String good = Totp.code(secret, step() + 1);
        // On to where the user was going before the sign-in.
        assertThat(code(session, good)).hasStatus3xxRedirection().redirectedUrl().doesNotContain("/login");
        assertThat(mvc.get().uri("/").session(session)).hasStatusOk();
        assertThat(failures(volunteer)).isEmpty();

        // The same code, in its window still, does not sign in again.
        MockHttpSession again = password(volunteer);
        assertThat(code(again, good)).hasStatusOk().bodyText().contains("Mã không đúng hoặc đã dùng rồi.");
        assertThat(mvc.get().uri("/").accept(MediaType.TEXT_HTML).session(again)).hasStatus3xxRedirection();
        assertThat(auditActions("signin:" + volunteer.username()))
                .contains("signin.password", "signin.twoFactor.failed", "signin.failed", "signin.success");
    }

    @Test
    void aUserDisabledBetweenThePasswordAndTheCodeIsNotSignedIn() {
        byte[] secret = enrol(volunteer);
        MockHttpSession session = password(volunteer);
        accounts.setEnabled(volunteer.id(), false, UserFixtures.signedIn(admin));
        assertThat(code(session, Totp.code(secret, step() + 1))).hasStatusOk().bodyText()
                .contains("Mã không đúng hoặc đã dùng rồi.");
        assertThat(mvc.get().uri("/").accept(MediaType.TEXT_HTML).session(session)).hasStatus3xxRedirection();
    }

    @Test
    void wrongCodesAfterTheRightPasswordAreThrottledLikeWrongPasswords() {
        byte[] secret = enrol(volunteer);
        MockHttpSession session = password(volunteer);
        for (int i = 0; i < 3; i++) {
            assertThat(code(session, Totp.code(secret, step() + 10 + i))).hasStatusOk();
        }
        // The fourth attempt waits, and the password again does not clear the count.
        assertThat(code(session, Totp.code(secret, step()))).hasStatus3xxRedirection().redirectedUrl()
                .matches("/login\\?wait=[0-9]+");
        assertThat(failures(volunteer)).containsExactly(3);
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        List<String> codes = enrolWithCodes(volunteer);
        MockHttpSession session = password(volunteer);
        assertThat(code(session, codes.get(3).toUpperCase())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        MockHttpSession again = password(volunteer);
        assertThat(code(again, codes.get(3))).hasStatusOk().bodyText().contains("Mã không đúng hoặc đã dùng rồi.");
        assertThat(auditActions("signin:" + volunteer.username())).contains("signin.recoveryCode");
        var as = user(volunteer.username()).roles(volunteer.role().name());
        assertThat(mvc.get().uri("/me/two-factor").with(as)).hasStatusOk().bodyText().contains("Còn 9 mã khôi phục");
    }

    @Test
    void aProvinceOfficerWithoutTwoFactorIsSentToEnrolBeforeAnythingElseThenSignsInWithACode() {
        MvcTestResult signIn = mvc.post().uri("/login").param("username", provinceOfficer.username())
                .param("password", PASSWORD).with(csrf()).with(from()).exchange();
        assertThat(signIn).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/me/two-factor");
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
        assertThat(mvc.get().uri("/").session(session)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/me/two-factor");
        assertThat(mvc.get().uri("/me/tokens").session(session)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/api/v1/units/" + provinceOfficer.scopeUnitId()).session(session)).hasStatus(403);
        MvcTestResult page = mvc.get().uri("/me/two-factor").session(session).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Vai trò của bạn bắt buộc xác thực hai bước");
        byte[] secret = Totp.fromBase32(secretOn(page));

        assertThat(mvc.post().uri("/me/two-factor").session(session).with(csrf()).param("code", Totp.code(secret, step())))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/").session(session)).hasStatusOk();
        // Required: it cannot be turned off by the officer themselves.
        assertThat(mvc.get().uri("/me/two-factor").session(session)).bodyText().doesNotContain("two-factor-off");

        MockHttpSession next = password(provinceOfficer);
        assertThat(code(next, Totp.code(secret, step() + 1))).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        assertThat(mvc.get().uri("/").session(next)).hasStatusOk();
    }

    @Test
    void aProvinceOfficerWhoMustEnrolCannotGoRoundItWithHttpBasic() {
        // The requirement would mean nothing if the API took the password alone from a user who must enrol.
        assertThat(mvc.get().uri("/api/v1/units/" + provinceOfficer.scopeUnitId())
                .with(httpBasic(provinceOfficer.username(), PASSWORD))).hasStatus(401);
        enrol(provinceOfficer);
        assertThat(mvc.get().uri("/api/v1/units/" + provinceOfficer.scopeUnitId())
                .with(httpBasic(provinceOfficer.username(), PASSWORD))).hasStatus(401);
    }

    @Test
    void anOfficerWhoManagesTheUserResetsTheirTwoFactorAndItIsAudited() {
        enrol(volunteer);
        // The user themselves cannot (asked before the resets below, which end the user's sessions).
        assertThat(mvc.post().uri("/api/v1/users/" + admin.id() + "/two-factor/reset")
                .with(user(volunteer.username()).roles(volunteer.role().name())).with(csrf())).hasStatus(403);
        var officer = user(admin.username()).roles("NATIONAL_ADMIN");
        assertThat(mvc.get().uri("/admin/users/" + volunteer.id()).with(officer)).hasStatusOk().bodyText()
                .contains("/admin/users/" + volunteer.id() + "/two-factor/reset");
        assertThat(mvc.post().uri("/admin/users/" + volunteer.id() + "/two-factor/reset").with(officer).with(csrf()))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/users/" + volunteer.id());
        assertThat(state(volunteer).enabled()).isFalse();
        assertThat(mvc.post().uri("/login").param("username", volunteer.username()).param("password", PASSWORD)
                .with(csrf()).with(from())).redirectedUrl().isEqualTo("/");

        enrol(volunteer);
        assertThat(mvc.post().uri("/api/v1/users/" + volunteer.id() + "/two-factor/reset").with(officer).with(csrf()))
                .hasStatus(204);
        assertThat(state(volunteer).enabled()).isFalse();
        assertThat(auditActions("user:" + volunteer.id())).contains("user.twoFactorReset");
    }

    @Test
    void anOfficersResetEndsTheSessionsOfThePhoneThatWasLost() {
        byte[] secret = enrol(volunteer);
        MockHttpSession lostPhone = password(volunteer);
        assertThat(code(lostPhone, Totp.code(secret, step() + 1))).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/").session(lostPhone)).hasStatusOk();

        twoFactor.reset(volunteer.id(), UserFixtures.signedIn(admin));
        assertThat(mvc.get().uri("/").accept(MediaType.TEXT_HTML).session(lostPhone)).hasStatus3xxRedirection()
                .redirectedUrl().contains("/login");
    }

    @Test
    void turningItOffNeedsThePasswordAndACurrentCode() {
        byte[] secret = enrol(volunteer);
        var as = user(volunteer.username()).roles(volunteer.role().name());
        assertThat(mvc.post().uri("/me/two-factor/off").with(as).with(csrf()).param("currentPassword", "sai-mat-khau")
                .param("code", Totp.code(secret, step() + 1))).hasStatus3xxRedirection().flash().containsKey("errors");
        assertThat(mvc.post().uri("/me/two-factor/off").with(as).with(csrf()).param("currentPassword", PASSWORD)
                .param("code", Totp.code(secret, step() + 5))).hasStatus3xxRedirection().flash().containsKey("errors");
        assertThat(state(volunteer).enabled()).isTrue();
        assertThat(mvc.post().uri("/me/two-factor/off").with(as).with(csrf()).param("currentPassword", PASSWORD)
                .param("code", Totp.code(secret, step() + 1))).hasStatus3xxRedirection().flash().containsKey("notice");
        assertThat(state(volunteer).enabled()).isFalse();
    }

    @Test
    void httpBasicWithThePasswordIsRefusedOnceTwoFactorIsOnAndAnApiTokenStillWorks() {
        assertThat(mvc.get().uri("/api/v1/units/" + commune).with(httpBasic(volunteer.username(), PASSWORD))).hasStatusOk();
        enrol(volunteer);
        MvcTestResult refused = mvc.get().uri("/api/v1/units/" + commune).with(httpBasic(volunteer.username(), PASSWORD))
                .exchange();
        assertThat(refused).hasStatus(401).bodyText().contains("mã truy cập API");
        assertThat(mvc.get().uri("/api/v1/units/" + commune).with(httpBasic(volunteer.username(), "sai-mat-khau")))
                .hasStatus(401).bodyText().doesNotContain("mã truy cập API");
    }

    private byte[] enrol(UserView user) {
        enrolWithCodes(user);
        String stored = jdbc.sql("select totp_secret from app_user where id = :id").param("id", user.id())
                .query(String.class).single();
        // Kept sealed under the personal-data key: the database alone gives no secret to make codes from.
        assertThat(stored).startsWith("v1:");
        return Totp.fromBase32(cipher.open(stored));
    }

    private List<String> enrolWithCodes(UserView user) {
        CurrentUser as = UserFixtures.signedIn(user);
        byte[] secret = Totp.fromBase32(twoFactor.pendingSecret(as).orElseThrow());
        return twoFactor.confirm(as, Totp.code(secret, step()));
    }

    /** The right password, from the form: the session that waits for the code. */
    private MockHttpSession password(UserView user) {
        MvcTestResult r = mvc.post().uri("/login").param("username", user.username()).param("password", PASSWORD)
                .with(csrf()).with(from()).exchange();
        assertThat(r).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login/code");
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    private MvcTestResult code(MockHttpSession session, String code) {
        return mvc.post().uri("/login/code").session(session).param("code", code).with(csrf()).with(from()).exchange();
    }

    private long step() {
        return Totp.step(clock.instant().getEpochSecond());
    }

    private TwoFactor.State state(UserView user) {
        return twoFactor.state(user.username()).orElseThrow();
    }

    private static String secretOn(MvcTestResult page) {
        Matcher m;
        try {
            m = SECRET.matcher(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private List<Integer> failures(UserView user) {
        return jdbc.sql("select failures from sign_in_failure where kind = 'account' and key = lower(:u)")
                .param("u", user.username()).query(Integer.class).list();
    }

    private List<String> auditActions(String target) {
        return jdbc.sql("select action from audit_event where target = :t order by id").param("t", target)
                .query(String.class).list();
    }

    private RequestPostProcessor from() {
        String a = address;
        return request -> {
            request.setRemoteAddr(a);
            return request;
        };
    }
}
