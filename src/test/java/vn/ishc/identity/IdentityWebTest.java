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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;

@SpringBootTest
@AutoConfigureMockMvc
class IdentityWebTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminUnits units;

    UserView admin;
    long phuThoCommune;

    @BeforeEach
    void setUp() {
        admin = UserFixtures.create(accounts, "web-admin-" + UUID.randomUUID().toString().substring(0, 6),
                Role.NATIONAL_ADMIN, null, "mat-khau-dai-1", "Quản trị");
        phuThoCommune = GeographyFixtures.communeToday(units, "04795").id();
    }

    @Test
    void anonymousApiCallsGet401AndPagesGoToSignIn() {
        assertThat(mvc.get().uri("/api/v1/users")).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/units")).hasStatus(401);
        assertThat(mvc.get().uri("/admin/users").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void aDisabledUserCannotSignInAndHttpBasicWorksForTheApi() {
        UserView u = UserFixtures.create(accounts, "web-off-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, phuThoCommune, "mat-khau-dai-1", "Tắt");
        assertThat(mvc.perform(formLogin().user(u.username()).password("mat-khau-dai-1")))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        assertThat(mvc.get().uri("/api/v1/units/" + phuThoCommune).with(httpBasic(u.username(), "mat-khau-dai-1")))
                .hasStatusOk();
        accounts.setEnabled(u.id(), false, UserFixtures.signedIn(admin));
        assertThat(mvc.perform(formLogin().user(u.username()).password("mat-khau-dai-1")))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.get().uri("/api/v1/units/" + phuThoCommune).with(httpBasic(u.username(), "mat-khau-dai-1")))
                .hasStatus(401);
    }

    @Test
    void anApiWriteRidingOnTheSessionCookieNeedsTheCsrfTokenOneWithItsOwnCredentialsDoesNot() {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(admin.username()).password("mat-khau-dai-1"))
                .getRequest().getSession(false);
        String base = "csrf-" + UUID.randomUUID().toString().substring(0, 6);
        String body = """
                {"username":"%s","displayName":"Lê Văn Ba","password":"mat-khau-dai-1","role":"COMMUNE_OFFICER","scopeUnitId":%d}
                """;

        assertThat(mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(base + "-a", phuThoCommune)).session(session)).hasStatus(403);
        assertThat(accounts.list(base, 0, 10, UserFixtures.signedIn(admin))).isEmpty();

        assertThat(mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(base + "-b", phuThoCommune)).session(session).with(csrf())).hasStatus(201);
        assertThat(mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(base + "-c", phuThoCommune)).with(httpBasic(admin.username(), "mat-khau-dai-1")))
                .hasStatus(201);
        // A foreign page that adds an Authorization header of its own gets nowhere with the session.
        assertThat(mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(base + "-d", phuThoCommune)).session(session).header("Authorization", "Basic eDp5"))
                .hasStatus(401);
        assertThat(accounts.list(base, 0, 10, UserFixtures.signedIn(admin))).extracting(UserView::username)
                .containsExactlyInAnyOrder(base + "-b", base + "-c");
    }

    @Test
    void theApiCreatesListsAndChangesUsersAndNamesTheFieldOfABadOne() throws Exception {
        String username = "api-" + UUID.randomUUID().toString().substring(0, 6);
        String body = """
                {"username":"%s","displayName":"Phạm Thị Thu","password":"mat-khau-dai-1","role":"COMMUNE_OFFICER","scopeUnitId":%d}
                """.formatted(username, phuThoCommune);
        var created = mvc.post().uri("/api/v1/users").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(user(admin.username()).roles("NATIONAL_ADMIN")).exchange();
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.username").isEqualTo(username);
        assertThat(created).bodyText().doesNotContain("password").doesNotContain("bcrypt");

        assertThat(mvc.get().uri("/api/v1/users?q=" + username).with(user(admin.username()).roles("NATIONAL_ADMIN")))
                .hasStatusOk().bodyJson().extractingPath("$.items[0].displayName").isEqualTo("Phạm Thị Thu");

        String noScope = """
                {"username":"x-%s","displayName":"A","password":"mat-khau-dai-1","role":"COMMUNE_OFFICER"}
                """.formatted(username);
        assertThat(mvc.post().uri("/api/v1/users").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(noScope)
                .header("Accept-Language", "en").with(user(admin.username()).roles("NATIONAL_ADMIN")))
                .hasStatus(422).bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("scopeUnitId");
                    assertThat(json).extractingPath("$.detail").asString().contains("needs an area");
                });

        String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        assertThat(mvc.patch().uri("/api/v1/users/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}")
                .with(user(admin.username()).roles("NATIONAL_ADMIN")))
                .hasStatusOk().bodyJson().extractingPath("$.enabled").isEqualTo(false);
    }

    @Test
    void theUserFormShowsTheProblemBesideTheFieldAndKeepsWhatWasTyped() {
        assertThat(mvc.post().uri("/admin/users").with(csrf()).with(user(admin.username()).roles("NATIONAL_ADMIN"))
                .param("id", UUID.randomUUID().toString()).param("username", "co-moi").param("displayName", "Đỗ Văn Hùng")
                .param("password", "mat-khau-dai-1").param("role", "COMMUNE_OFFICER").param("scopeProvinceId", ""))
                .hasStatusOk().bodyText().contains("cần một phạm vi địa bàn").contains("Đỗ Văn Hùng");
        assertThat(mvc.get().uri("/admin/users").with(user(admin.username()).roles("NATIONAL_ADMIN")))
                .hasStatusOk().bodyText().contains(admin.username());
    }
}
