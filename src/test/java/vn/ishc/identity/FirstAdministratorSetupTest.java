package vn.ishc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A system with no user at all (its own database): the setup page creates the first administrator once. */
@SpringBootTest(properties = "ishc.test.fresh-database=setup")
@AutoConfigureMockMvc
class FirstAdministratorSetupTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    FirstAdministrator setup;
    @Autowired
    UserAccounts accounts;

    @Test
    void theSetupPageCreatesTheFirstAdministratorOnceWithTheLoggedToken() {
        assertThat(accounts.anyUser()).isFalse();
        assertThat(mvc.get().uri("/setup")).hasStatusOk().bodyText().contains("Mã cài đặt");

        assertThat(mvc.post().uri("/setup").with(csrf()).param("token", "wrong").param("username", "quantri")
                .param("displayName", "Quản trị").param("password", "mat-khau-rat-dai"))
                .hasStatusOk().bodyText().contains("Mã cài đặt không đúng");
        assertThat(accounts.anyUser()).isFalse();

        assertThat(mvc.post().uri("/setup").with(csrf()).param("token", setup.token()).param("username", "quantri")
                .param("displayName", "Quản trị").param("password", "mat-khau-rat-dai"))
                .hasStatus3xxRedirection().redirectedUrl().startsWith("/login?created=quantri");

        assertThat(mvc.get().uri("/setup")).hasStatus(404);
        assertThat(mvc.post().uri("/setup").with(csrf()).param("token", "anything")).hasStatus(404);
        assertThat(mvc.perform(formLogin().user("quantri").password("mat-khau-rat-dai")))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
    }
}
