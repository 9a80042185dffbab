package vn.ishc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;

/** A user changes their own password, page or API, and the policy refuses weak new ones wherever they are set. */
@SpringBootTest
@AutoConfigureMockMvc
class OwnPasswordTest {

    static final String PASSWORD = "mat-khau-dai-1";
    static final String PASSPHRASE = "Bà tôi trồng rau muống bên bờ ao làng Thanh Sơn";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;

    UserView volunteer;
    UserView admin;

    @BeforeEach
    void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long commune = GeographyFixtures.communeToday(units, "04795").id();
        volunteer = UserFixtures.create(accounts, "own-" + run, Role.HOMECARE_VOLUNTEER, commune, PASSWORD, "Tình nguyện");
        admin = UserFixtures.create(accounts, "own-a-" + run, Role.NATIONAL_ADMIN, null, PASSWORD, "Quản trị");
    }

    @Test
    void thePageChangesTheOwnPasswordWithTheCurrentOneAndSaysWhichRuleRefusesANewOne() {
        var as = user(volunteer.username()).roles(volunteer.role().name());
        assertThat(mvc.get().uri("/").with(as)).hasStatusOk().bodyText().contains("Đổi mật khẩu");
        assertThat(mvc.get().uri("/me/password").with(as)).hasStatusOk();
        assertThat(mvc.post().uri("/me/password").with(csrf()).with(as).param("currentPassword", "sai-mat-khau-1")
                .param("password", PASSPHRASE)).hasStatusOk().bodyText().contains("Mật khẩu hiện tại không đúng.");
        assertThat(mvc.post().uri("/me/password").with(csrf()).with(as).param("currentPassword", PASSWORD)
                .param("password", "password12")).hasStatusOk().bodyText().contains("danh sách mật khẩu phổ biến");
        assertThat(mvc.post().uri("/me/password").with(csrf()).with(as).param("currentPassword", PASSWORD)
                .param("password", PASSPHRASE)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/me/password");

        assertThat(mvc.perform(formLogin().user(volunteer.username()).password(PASSPHRASE)))
                .redirectedUrl().isEqualTo("/");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'user.ownPassword' and actor = :u")
                .param("u", volunteer.username()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select detail::text from audit_event where target = :t").param("t", "user:" + volunteer.id())
                .query(String.class).list()).noneMatch(d -> d.contains(PASSPHRASE) || d.contains(PASSWORD));
    }

    @Test
    void theApiChangesTheOwnPasswordAndNamesTheField() {
        assertThat(mvc.post().uri("/api/v1/me/password").with(httpBasic(volunteer.username(), PASSWORD))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"%s\",\"password\":\"1234567890\"}".formatted(PASSWORD)))
                .hasStatus(422).bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("password");
                    assertThat(json).extractingPath("$.detail").asString().contains("common passwords");
                });
        assertThat(mvc.post().uri("/api/v1/me/password").with(httpBasic(volunteer.username(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"%s\",\"password\":\"%s\"}".formatted(PASSWORD, PASSPHRASE)))
                .hasStatus(204);
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic(volunteer.username(), PASSPHRASE))).hasStatusOk();
    }

    @Test
    void anOfficerCannotCreateOrResetWithAWeakPassword() {
        var as = user(admin.username()).roles("NATIONAL_ADMIN");
        for (String weak : new String[] {"aaaaaaaaaa", "1234567890", "password12"}) {
            assertThat(mvc.post().uri("/api/v1/users").with(csrf()).with(as).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"username":"weak-%s","displayName":"Yếu","password":"%s","role":"NATIONAL_ADMIN"}
                            """.formatted(UUID.randomUUID().toString().substring(0, 6), weak)))
                    .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("password");
        }
        assertThat(mvc.post().uri("/api/v1/users/" + volunteer.id() + "/password").with(csrf()).with(as)
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"abcdefghij\"}")).hasStatus(422);
        assertThat(mvc.post().uri("/api/v1/users/" + volunteer.id() + "/password").with(csrf()).with(as)
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"%s\"}".formatted(PASSPHRASE)))
                .hasStatus(204);
    }

    @Test
    void changingTheOwnPasswordEndsTheUsersOtherSessionsAndKeepsThisOne() {
        MockHttpSession phone = signIn(volunteer.username(), PASSWORD);
        MockHttpSession office = signIn(volunteer.username(), PASSWORD);
        MockHttpSession script = signIn(volunteer.username(), PASSWORD);
        assertThat(mvc.get().uri("/").session(office)).hasStatusOk();

        assertThat(mvc.post().uri("/me/password").with(csrf()).session(phone).param("currentPassword", PASSWORD)
                .param("password", PASSPHRASE)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/me/password");

        assertThat(mvc.get().uri("/").session(phone)).hasStatusOk();
        assertThat(mvc.get().uri("/").session(office)).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/login?ended");
        assertThat(office.isInvalid()).isTrue();
        assertThat(mvc.get().uri("/api/v1/units").session(script)).hasStatus(401);
        assertThat(mvc.get().uri("/login?ended")).hasStatusOk().bodyText().contains("Phiên đăng nhập đã kết thúc");
        MockHttpSession again = signIn(volunteer.username(), PASSPHRASE);
        assertThat(mvc.get().uri("/").session(again)).hasStatusOk();
    }

    @Test
    void anOfficerSettingANewPasswordOrDisablingTheUserEndsAllTheirSessions() {
        CurrentUser officer = new CurrentUser(admin.id(), admin.username(), admin.displayName(), Role.NATIONAL_ADMIN,
                vn.ishc.shared.AreaScope.nation());
        MockHttpSession before = signIn(volunteer.username(), PASSWORD);
        accounts.resetPassword(volunteer.id(), PASSPHRASE, officer);
        assertThat(mvc.get().uri("/").session(before)).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/login?ended");

        MockHttpSession after = signIn(volunteer.username(), PASSPHRASE);
        assertThat(mvc.get().uri("/").session(after)).hasStatusOk();
        accounts.setEnabled(volunteer.id(), false, officer);
        assertThat(mvc.get().uri("/api/v1/units").session(after)).hasStatus(401);
        assertThat(after.isInvalid()).as("enabling the user again does not revive it").isTrue();
    }

    @Test
    void aVietnamesePassphraseTypedWithPrecomposedOrSeparateToneMarksIsTheSamePassword() {
        String nfc = java.text.Normalizer.normalize("Mẹ tôi trồng rau muống ở ao", java.text.Normalizer.Form.NFC);
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        String run = UUID.randomUUID().toString().substring(0, 6);
        long commune = GeographyFixtures.communeToday(units, "04795").id();
        UserView typedOnOnePhone = UserFixtures.create(accounts, "nfc-" + run, Role.HOMECARE_VOLUNTEER, commune, nfc,
                "Tình nguyện");
        signIn(typedOnOnePhone.username(), nfd);
        signIn(typedOnOnePhone.username(), nfc);

        UserView typedOnAnother = UserFixtures.create(accounts, "nfd-" + run, Role.HOMECARE_VOLUNTEER, commune, nfd,
                "Tình nguyện");
        signIn(typedOnAnother.username(), nfc);
        assertThat(mvc.post().uri("/me/password").with(csrf()).session(signIn(typedOnAnother.username(), nfd))
                .param("currentPassword", nfc).param("password", nfd)).hasStatusOk().bodyText()
                .contains("Mật khẩu mới phải khác mật khẩu hiện tại");

        // A hash stored before passwords were normalised, from the decomposed form as typed.
        jdbc.sql("update app_user set password_hash = :h where id = :id")
                .param("h", org.springframework.security.crypto.factory.PasswordEncoderFactories
                        .createDelegatingPasswordEncoder().encode(nfd))
                .param("id", typedOnAnother.id()).update();
        signIn(typedOnAnother.username(), nfd);
    }

    private MockHttpSession signIn(String username, String password) {
        var result = mvc.perform(formLogin().user(username).password(password));
        assertThat(result).redirectedUrl().isEqualTo("/");
        return (MockHttpSession) result.getMvcResult().getRequest().getSession(false);
    }
}
