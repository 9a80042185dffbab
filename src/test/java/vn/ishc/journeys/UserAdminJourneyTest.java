package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ishc.identity.Role;

/** A national administrator gives a commune officer an account; the officer signs in to their commune. */
class UserAdminJourneyTest extends JourneyTestBase {

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
