package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.shared.AreaScope;

/** A commune officer registers a club, adds members and a board; a province officer lists clubs on both maps. */
class ClubJourneyTest extends JourneyTestBase {

    @Autowired
    AdminUnits units;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;

    AdminUnit unit(AdminUnit.Level level, String code, LocalDate date) {
        return units.at(level, code, date, AreaScope.nation());
    }

    @Test
    void aCommuneOfficerRegistersAClubAddsMembersAndAChairAndSeesTheStandardCheck() {
        AdminUnit commune = unit(AdminUnit.Level.COMMUNE, "06076", LocalDate.of(2025, 8, 1));
        var officer = users().create(Role.COMMUNE_OFFICER, commune.id(), "Lăng Văn Sơn");
        signIn(officer.username(), officer.password());

        open("/units/" + commune.id());
        page.locator("#village-name").fill("Thôn Bản Cắm");
        page.locator("#new-village button[type=submit]").click();
        page.getByText("Đăng ký câu lạc bộ ở xã này").click();

        page.locator("#villageId").selectOption(new SelectOption().setLabel("Thôn Bản Cắm"));
        page.locator("#name").fill("CLB Liên thế hệ tự giúp nhau thôn Bản Cắm");
        page.locator("#code").fill("BC01");
        page.locator("#decisionNumber").fill("112/QĐ-UBND");
        page.locator("#decisionDate").fill("2025-09-15");
        page.locator("#foundedOn").fill("2025-09-20");
        page.locator("#meetingDay").selectOption("D21");
        page.locator("#club-form button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("Đã đăng ký");
        assertThat(page.locator("#standard-size")).containsText("Chưa đạt");

        page.getByText("Thêm thành viên").first().click();
        addMember("Hoàng Thị Hoa", "F", "1952");
        addMember("Nông Văn Tám", "M", "31/02/1948");
        assertThat(page.locator("#member-form .field-error")).containsText("Ngày sinh 31/02/1948 không hợp lệ");
        page.locator("#birth").fill("1948");
        page.locator("#member-form button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("Nông Văn Tám");

        page.locator("ol.breadcrumb a").first().click();
        assertThat(page.locator("#members tbody tr")).hasCount(2);
        assertThat(page.locator("#standard-women")).containsText("1/2 (50%)");
        page.locator("summary", new Page.LocatorOptions().setHasText("Bổ nhiệm")).click();
        page.locator("#board-person").selectOption(new SelectOption().setLabel("Hoàng Thị Hoa"));
        page.locator("#board-role").selectOption("CHAIR");
        page.locator("#board-form button[type=submit]").click();
        assertThat(page.locator("#board")).containsText("Chủ nhiệm");
        assertThat(page.locator("#board")).containsText("Hoàng Thị Hoa");
        snapshot("club-page");
    }

    private void addMember(String name, String sex, String birth) {
        page.locator("#fullName").fill(name);
        page.locator("#sex").selectOption(sex);
        page.locator("#birth").fill(birth);
        page.locator("#ethnicity").selectOption(new SelectOption().setLabel("Tày"));
        page.locator("#joinedOn").fill("2025-10-01");
        page.locator("#member-form button[type=submit]").click();
    }

    @Test
    void aProvinceOfficerListsTheProvincesClubsOnTheOldAndTheNewMap() {
        // A club founded in 2022 in the old commune 04825 (Xã Hòa Bình, Hòa Bình), now Phường Tân Hoà of Phú Thọ.
        Club club = ClubFixtures.aClub(clubs, villages, units, "04825", LocalDate.of(2022, 4, 2));
        var officer = users().create(Role.PROVINCE_OFFICER, unit(AdminUnit.Level.PROVINCE, "25", LocalDate.of(2025, 8, 1)).id(),
                "Đinh Công Bằng");
        signIn(officer.username(), officer.password());

        open("/clubs?map=today&q=" + club.name().substring(club.name().length() - 6));
        assertThat(page.locator("#clubs")).containsText("Phường Tân Hoà");
        open("/clubs?map=old&q=" + club.name().substring(club.name().length() - 6));
        assertThat(page.locator("#clubs")).containsText("Xã Hòa Bình");
        long oldHoaBinh = unit(AdminUnit.Level.PROVINCE, "17", LocalDate.of(2025, 6, 30)).id();
        open("/clubs?map=old&area=" + oldHoaBinh);
        assertThat(page.locator("#clubs")).containsText(club.name());
        page.setViewportSize(1280, 800);
        snapshot("club-list-old-map");
    }

    @Test
    void aClubBoardMemberSeesOnlyTheirOwnClub() {
        LocalDate founded = LocalDate.of(2025, 9, 1);
        Club mine = ClubFixtures.aClub(clubs, villages, units, "06019", founded);
        Club other = ClubFixtures.aClub(clubs, villages, units, "06019", founded);
        var board = users().create(Role.CLUB_BOARD, unit(AdminUnit.Level.COMMUNE, "06019", founded).id(), "Vi Thị Lý");
        users().limitToClub(board.username(), mine.id());
        signIn(board.username(), board.password());

        page.locator("nav a", new Page.LocatorOptions().setHasText("Câu lạc bộ")).click();
        assertThat(page.locator("#clubs")).containsText(mine.name());
        assertThat(page.locator("#clubs")).not().containsText(other.name());
        var response = page.navigate(baseUrl() + "/clubs/" + other.id());
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
    }
}
