package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ishc.journeys.JourneyUsers.JourneyUser;

class SignInJourneyTest extends JourneyTestBase {

    @Test
    void nationalAdminSignsInSwitchesToEnglishAndSignsOut() {
        JourneyUser admin = users().nationalAdmin("Nguyễn Thị Hoà");

        open("/");
        assertThat(page).hasURL(baseUrl() + "/login");
        assertThat(page.locator("h1")).hasText("Đăng nhập");

        signIn(admin.username(), admin.password());
        // Back to the page first asked for (Spring Security marks the replayed request with ?continue).
        assertThat(page).hasURL(at("/(\\?continue)?"));
        assertThat(page.locator("h1")).hasText("Xin chào, Nguyễn Thị Hoà");
        assertThat(page.locator("html")).hasAttribute("lang", "vi");

        page.locator("header .lang a[lang=en]").click();
        assertThat(page.locator("h1")).hasText("Hello, Nguyễn Thị Hoà");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        // The choice is remembered: the next page, reached without ?lang, is still in English.
        page.locator("header a.brand").click();
        assertThat(page).hasURL(baseUrl() + "/");
        assertThat(page.locator("h1")).hasText("Hello, Nguyễn Thị Hoà");
        assertThat(page.locator("header button[type=submit]")).hasText("Sign out");

        page.locator("header button[type=submit]").click();
        assertThat(page).hasURL(baseUrl() + "/login?signedOut");
        assertThat(page.locator("[role=status]")).hasText("You have signed out.");
        assertThat(page.locator("h1")).hasText("Sign in");

        open("/");
        assertThat(page).hasURL(baseUrl() + "/login");
    }

    @Test
    void wrongPasswordShowsTheErrorAndKeepsTheUserOut() {
        JourneyUser admin = users().nationalAdmin("Trần Văn Minh");

        signIn(admin.username(), "not-" + admin.password());

        assertThat(page).hasURL(baseUrl() + "/login?error");
        assertThat(page.locator("[role=alert]"))
                .hasText("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.");
        open("/");
        assertThat(page).hasURL(baseUrl() + "/login");
    }
}
