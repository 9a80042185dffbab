package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.identity.Totp;
import vn.ishc.journeys.JourneyUsers.JourneyUser;

/**
 * A user turns two-factor sign-in on from their own pages, reading the secret as a person would type it
 * into an authenticator app (the test computes the app's code), then signs in again with password and code.
 */
class TwoFactorJourneyTest extends JourneyTestBase {

    @Autowired
    Clock clock;

    @Test
    void aUserEnrolsWithTheSecretOnThePageThenSignsInWithPasswordAndCode() {
        JourneyUser admin = users().nationalAdmin("Lê Thị Hạnh");
        signIn(admin.username(), admin.password());
        open("/me/password");
        page.locator("a[href='/me/two-factor']").click();
        assertThat(page).hasURL(baseUrl() + "/me/two-factor");
        assertThat(page.locator("h1")).hasText("Xác thực hai bước");
        // The QR code is drawn by the application, as an image of its own (once loaded: the page may be shown
        // before its images are).
        page.waitForFunction("() => { const i = document.querySelector('img.qr'); return i && i.complete; }");
        org.assertj.core.api.Assertions.assertThat((Integer) page.locator("img.qr").evaluate("i => i.naturalWidth"))
                .isPositive();
        String secret = page.locator("#two-factor-secret").textContent().strip();
        org.assertj.core.api.Assertions.assertThat(secret).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        byte[] key = Totp.fromBase32(secret);
        snapshot("enrol");

        page.locator("#code").fill(Totp.code(key, step()));
        page.locator("#two-factor-confirm button[type=submit]").click();
        assertThat(page.locator("#two-factor-on")).isVisible();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        assertThat(page.locator("#two-factor-secret")).hasCount(0);

        signOut();
        signIn(admin.username(), admin.password());
        assertThat(page).hasURL(baseUrl() + "/login/code");
        assertThat(page.locator("h1")).hasText("Nhập mã xác thực");
        page.locator("#code").fill("000000".equals(Totp.code(key, step() + 1)) ? "111111" : "000000");
        page.locator("form[action$='/login/code'] button[type=submit]").click();
        assertThat(page.locator("[role=alert]")).hasText("Mã không đúng hoặc đã dùng rồi.");
        snapshot("code");

        page.locator("#code").fill(Totp.code(key, step() + 1));
        page.locator("form[action$='/login/code'] button[type=submit]").click();
        assertThat(page).hasURL(at("/(\\?continue)?"));
        assertThat(page.locator("h1")).hasText("Xin chào, Lê Thị Hạnh");
    }

    private long step() {
        return Totp.step(clock.instant().getEpochSecond());
    }
}
