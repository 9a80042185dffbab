package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.exchange.MemberSheets;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;

/**
 * A commune officer imports a club's members from a spreadsheet: the first sheet has two bad rows,
 * which the preview names with their row and reason; the corrected sheet is saved, and the club now
 * meets the standard's size and women's share, which it did not before.
 */
class MemberImportJourneyTest extends JourneyTestBase {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    vn.ishc.members.Members members;

    @Test
    void aCommuneOfficerFixesTwoRefusedRowsAndImportsTheClubsMembers() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2022, 3, 1));
        long commune = GeographyFixtures.communeToday(units, club.areaPaths().get(0).substring(3)).id();
        // 47 members entered earlier, 28 of them women: too few, and too few women.
        for (int i = 0; i < 47; i++) {
            members.enrol(null, new vn.ishc.members.PersonDetails("Thành Viên Cũ " + i, i < 28 ? "Nữ" : "Nam",
                    i < 29 ? "1950" : "1975", "Tày", "Khác", null, null, null, false, false, null, null, null),
                    club.id(), LocalDate.of(2022, 3, 1), "test", vn.ishc.shared.AreaScope.nation());
        }
        var officer = users().create(Role.COMMUNE_OFFICER, commune, "Hà Thị Thu");
        signIn(officer.username(), officer.password());
        open("/clubs/" + club.id());
        assertThat(page.locator("#standard-size .badge.old")).isVisible();
        assertThat(page.locator("#standard-women")).containsText("28/47");
        assertThat(page.locator("#standard-women .badge.old")).isVisible();
        open("/clubs/" + club.id() + "/members/import");
        assertThat(page.locator("#import-template")).isVisible();

        MemberSheets bad = MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "31/12/1950", "")
                .member("Trần Thị Hoa", "31/02/1950", "")
                .member("Lê Văn Minh", "1948", "")
                .row("Phạm Thị Cúc", "Bà", "1951", "Kinh", "Khác", "", "", "", "", "", "", "", "01/03/2024");
        page.locator("#import-file").setInputFiles(new FilePayload("thanh-vien.xlsx", XLSX, bad.bytes()));
        page.locator("#import-upload button[type=submit]").click();

        assertThat(page.locator("#count-add")).hasText("2");
        assertThat(page.locator("#count-refused")).hasText("2");
        assertThat(page.locator("#refusals tbody tr")).hasCount(2);
        assertThat(page.locator("#refusals tbody tr").nth(0)).containsText("3");
        assertThat(page.locator("#refusals tbody tr").nth(0)).containsText("Ngày sinh 31/02/1950 không hợp lệ.");
        assertThat(page.locator("#refusals tbody tr").nth(1)).containsText("5");
        assertThat(page.locator("#refusals tbody tr").nth(1)).containsText("Giới tính \"Bà\" không hợp lệ");
        snapshot("preview-with-refusals");
        page.locator("#import-cancel").click();
        page.locator("a.button[href$='/members/import']").click();

        MemberSheets fixed = MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "31/12/1950", "")
                .member("Trần Thị Hoa", "28/02/1950", "")
                .member("Lê Văn Minh", "1948", "")
                .row("Phạm Thị Cúc", "Nữ", "1951", "Kinh", "Khác", "", "", "", "", "", "", "", "01/03/2024");
        page.locator("#import-file").setInputFiles(new FilePayload("thanh-vien-da-sua.xlsx", XLSX, fixed.bytes()));
        page.locator("#import-upload button[type=submit]").click();
        assertThat(page.locator("#count-add")).hasText("4");
        assertThat(page.locator("#count-refused")).hasText("0");
        page.locator("#import-confirm").click();

        assertThat(page.locator("#import-saved")).containsText("thêm 4 thành viên");
        snapshot("saved");
        page.locator("a.button[href$='/members/import']").click();
        assertThat(page.locator("#club-members li")).hasCount(51);
        assertThat(page.locator("#club-members")).containsText("Trần Thị Hoa (1950)");
        open("/clubs/" + club.id());
        assertThat(page.locator("#standard-size")).containsText("51");
        assertThat(page.locator("#standard-size .badge.now")).isVisible();
        assertThat(page.locator("#standard-women")).containsText("32/51");
        assertThat(page.locator("#standard-women .badge.now")).isVisible();
    }
}
