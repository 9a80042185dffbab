package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.Role;
import vn.ishc.shared.AreaScope;

/** Officers find places on the map before and after the 2025 reform and keep villages under communes. */
class MapJourneyTest extends JourneyTestBase {

    static final LocalDate AFTER_REFORM = LocalDate.of(2025, 8, 1);
    static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

    @Autowired
    AdminUnits units;

    long unitId(AdminUnit.Level level, String code, LocalDate date) {
        return units.at(level, code, date, AreaScope.nation()).id();
    }

    @Test
    void aProvinceOfficerFindsHoaBinhNowInPhuThoSeesWhatACommuneWasFormedFromAndAddsAVillage() {
        var officer = users().create(Role.PROVINCE_OFFICER, unitId(AdminUnit.Level.PROVINCE, "25", AFTER_REFORM),
                "Nguyễn Thị Lan");
        signIn(officer.username(), officer.password());

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tìm kiếm").setExact(true)).first().click();
        page.locator("#q").fill("Hoa Binh");
        page.locator("form[role=search] button[type=submit]").click();

        Locator province = page.locator("#results tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHas(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                        .setName("Tỉnh Hoà Bình").setExact(true))));
        assertThat(province).containsText("Tỉnh Phú Thọ");
        assertThat(province).containsText("đến 30/06/2025");
        snapshot("search-hoa-binh");

        page.locator("#results a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Phường Hoà Bình")).first().click();
        assertThat(page.locator("h1")).hasText("Phường Hoà Bình");
        Locator formedFrom = page.locator("#formed-from");
        assertThat(formedFrom).containsText("Phường Thịnh Lang");
        assertThat(formedFrom).containsText("Toàn bộ");
        assertThat(formedFrom.locator("tbody tr")).hasCount(7);

        page.locator("#village-name").fill("Tổ dân phố Hữu Nghị 5");
        page.locator("#new-village button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("Tổ dân phố Hữu Nghị 5");
        assertThat(page.locator("#villages table")).containsText("Tổ dân phố Hữu Nghị 5");
        snapshot("commune-with-village");

        page.locator("#village-name").fill("tổ dân phố hữu nghị 5");
        page.locator("#new-village button[type=submit]").click();
        assertThat(page.locator("#villages [role=alert]")).containsText("đã có trong Phường Hoà Bình");
    }

    @Test
    void aVillageOfASplitCommuneWaitsUntilAnOfficerChoosesItsNewCommune() {
        var officer = users().create(Role.PROVINCE_OFFICER, unitId(AdminUnit.Level.PROVINCE, "25", AFTER_REFORM),
                "Trần Văn Minh");
        long vayNua = unitId(AdminUnit.Level.COMMUNE, "04891", BEFORE_REFORM);
        signIn(officer.username(), officer.password());

        open("/units/" + vayNua);
        assertThat(page.locator("#went-into")).containsText("Một phần");
        page.locator("#village-name").fill("Xóm Đồng Bến");
        page.locator("#new-village button[type=submit]").click();
        assertThat(page.locator("#villages table")).containsText("Chờ chọn xã mới");

        open("/villages/awaiting-placement");
        Locator row = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Xóm Đồng Bến"));
        row.locator("select").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Phường Thống Nhất"));
        row.locator("button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("Xóm Đồng Bến");
        assertThat(page.locator("main tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Xóm Đồng Bến")))
                .hasCount(0);

        open("/units/" + unitId(AdminUnit.Level.COMMUNE, "04828", AFTER_REFORM));
        assertThat(page.locator("#villages table")).containsText("Xóm Đồng Bến");
    }

    @Test
    void aCommuneOfficerOfAnotherProvinceIsRefusedThePhuThoPages() {
        var officer = users().create(Role.COMMUNE_OFFICER, unitId(AdminUnit.Level.COMMUNE, "05977", AFTER_REFORM),
                "Hoàng Văn Nam");
        signIn(officer.username(), officer.password());

        var response = page.navigate(baseUrl() + "/units/" + unitId(AdminUnit.Level.PROVINCE, "25", AFTER_REFORM));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("[role=alert]")).containsText("ngoài phạm vi");
        snapshot("refused");

        open("/units/search?q=hoa+binh");
        assertThat(page.locator("body")).not().containsText("Tỉnh Hoà Bình");
        open("/units");
        assertThat(page.locator("table")).containsText("Tỉnh Lạng Sơn");
        assertThat(page.locator("table")).not().containsText("Tỉnh Phú Thọ");
    }
}
