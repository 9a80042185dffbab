package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;

/** A national administrator gives a commune officer an account; the officer signs in to their commune. */
class UserAdminJourneyTest extends JourneyTestBase {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    @Test
    void anAccountLockedAfterRepeatedFailuresSignsInOnceItsAdministratorUnlocksIt() {
        var admin = users().nationalAdmin("Đặng Thị Lan");
        var colleague = users().nationalAdmin("Hồ Văn Nam");

        for (int i = 0; i < 3; i++) {
            signIn(colleague.username(), "sai-mat-khau-" + i);
        }
        signIn(colleague.username(), colleague.password());
        assertThat(page.locator("[role=alert]")).containsText("Đăng nhập sai nhiều lần, thử lại sau");
        // Six more failures, each after its delay: written into the count rather than waited for.
        jdbc.sql("update sign_in_failure set failures = 9, last_failure = last_failure - interval '1 hour' "
                + "where kind = 'account' and key = :u").param("u", colleague.username()).update();
        signIn(colleague.username(), "sai-mat-khau-9");
        signIn(colleague.username(), colleague.password());
        assertThat(page.locator("[role=alert]")).hasText("Tài khoản tạm khóa vì đăng nhập sai nhiều lần: thử lại sau "
                + "30 phút, hoặc nhờ cán bộ quản lý tài khoản mở khóa.");
        snapshot("sign-in-locked");

        signIn(admin.username(), admin.password());
        var id = accounts.list(colleague.username(), 0, 1, UserFixtures.ROOT).get(0).id();
        open("/admin/users/" + id);
        assertThat(page.locator("#sign-in-lock")).containsText("Tài khoản tạm khóa");
        page.locator("form[action$='/unlock'] button").click();
        assertThat(page.locator("[role=status]")).containsText("Đã mở khóa đăng nhập cho " + colleague.username());
        assertThat(page.locator("#sign-in-lock")).hasCount(0);
        signOut();

        signIn(colleague.username(), colleague.password());
        assertThat(page.locator("h1")).containsText("Hồ Văn Nam");
    }

    @Test
    void anAdministratorCreatesACommuneOfficerWhoThenSignsInToTheirCommune() {
        var admin = users().nationalAdmin("Vũ Thị Mai");
        signIn(admin.username(), admin.password());
        open("/admin/users/new");

        String username = "canbo-" + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#username").fill(username);
        page.locator("#displayName").fill("Lý Văn Thắng");
        page.locator("#password").fill("mat-khau-cua-thang");
        page.locator("#role").selectOption(new SelectOption().setValue(Role.COMMUNE_OFFICER.name()));
        page.locator("#scopeProvinceId").selectOption(new SelectOption().setLabel("Tỉnh Lạng Sơn"));
        // htmx fills the commune list for the chosen province.
        assertThat(page.locator("#scopeCommuneId option", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Phường Đông Kinh"))).hasCount(1);
        page.locator("#scopeCommuneId").selectOption(new SelectOption().setLabel("Phường Đông Kinh"));
        snapshot("new-user-form");
        page.locator("#user-form button.primary").click();

        assertThat(page.locator("[role=status]")).containsText(username);
        signOut();

        signIn(username, "mat-khau-cua-thang");
        assertThat(page.locator("h1")).containsText("Lý Văn Thắng");
        assertThat(page.locator("main")).containsText("Phường Đông Kinh");
        assertThat(page.locator("main")).containsText("Cán bộ xã");
    }

    @Test
    void aUserWithoutAnAreaIsRefusedWithTheReasonBesideTheField() {
        var admin = users().nationalAdmin("Vũ Thị Mai");
        signIn(admin.username(), admin.password());
        open("/admin/users/new");

        page.locator("#username").fill("khong-pham-vi");
        page.locator("#displayName").fill("Không Phạm Vi");
        page.locator("#password").fill("mat-khau-dai-du");
        page.locator("#role").selectOption(new SelectOption().setValue(Role.CLUB_BOARD.name()));
        page.locator("#user-form button.primary").click();

        assertThat(page.locator(".field-error")).containsText("cần một phạm vi địa bàn");
        assertThat(page.locator("#displayName")).hasValue("Không Phạm Vi");
    }
}
