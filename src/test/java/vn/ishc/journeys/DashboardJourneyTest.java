package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.Members;
import vn.ishc.reporting.Indicators;
import vn.ishc.reporting.Period;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A province officer of Lạng Sơn follows the province's figures: this year on today's map, a quarter,
 * 2024 on the map of the time (districts, no province map) and restated on today's, the spreadsheet,
 * and a commune with its clubs.
 */
class DashboardJourneyTest extends JourneyTestBase {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final LocalDate FOUNDED = LocalDate.of(2024, 3, 4);

    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    Indicators indicators;

    @Test
    void aProvinceOfficerComparesPeriodsAndMapsDownloadsTheTableAndOpensACommune() throws Exception {
        ClubWithMembers first = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", FOUNDED, 8);
        ClubWithMembers second = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", FOUNDED, 5);
        LocalDate today = BusinessCalendar.today(clock);
        meetings.record(first.club().id(), MeetingFixtures.everyonePresent(UUID.randomUUID(), today.withDayOfMonth(1),
                first.people()), "test", AreaScope.nation());
        waitForFigures(second.club().id(), 5);
        AdminUnit commune = GeographyFixtures.communeToday(units, "06058");
        AdminUnit district = units.at(AdminUnit.Level.DISTRICT,
                GeographyFixtures.communeBeforeReform(units, "06058").parentCode(), LocalDate.of(2024, 12, 31),
                AreaScope.nation());
        var officer = users().create(Role.PROVINCE_OFFICER,
                units.at(AdminUnit.Level.PROVINCE, "20", today, AreaScope.nation()).id(), "Hoàng Thị Thu");
        signIn(officer.username(), officer.password());

        page.locator("nav.main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Số liệu")).click();
        assertThat(page.locator("#dashboard-title")).hasText("Tỉnh Lạng Sơn");
        assertThat(page.locator("#periods a[aria-current=true]")).hasText("Năm " + today.getYear());
        // The province opens on a map of its own communes, each a link to the commune's dashboard.
        assertThat(page.locator("#map-part a[href*='area=20.06058'] path[data-code='06058']")).hasCount(1);
        assertThat(page.locator("#map-part path[data-code='20']")).hasCount(0);
        assertThat(page.locator("#below")).containsText(commune.fullName());
        snapshot("province-phone");
        page.setViewportSize(1280, 900);
        snapshot("province-desktop");
        page.setViewportSize(360, 740);

        String quarter = Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3).code();
        page.locator("#periods a[data-period='" + quarter + "']").click();
        assertThat(page.locator("#periods a[aria-current=true]")).hasAttribute("data-period", quarter);
        assertThat(page.locator("#series tbody tr")).hasCount(12);

        page.locator("#choose-part summary").click();
        page.locator("#period").fill("2024");
        page.locator("#dashboard-form button[type=submit]").click();
        assertThat(page.locator("#dashboard-shown")).containsText("Năm 2024");
        assertThat(page.locator("#dashboard-shown")).containsText("63 tỉnh");
        page.locator("#map-part summary").click();
        assertThat(page.locator("#map-note")).isVisible();
        assertThat(page.locator("#map-part svg.province-map-svg")).hasCount(0);
        assertThat(page.locator("#below")).containsText(district.fullName());

        page.locator("#maps a[data-boundaries=RESTATED]").click();
        assertThat(page.locator("#dashboard-shown")).containsText("34 tỉnh");
        assertThat(page.locator("#map-part svg.province-map-svg")).hasCount(1);
        assertThat(page.locator("#below")).containsText(commune.fullName());
        assertThat(page.locator("#below")).not().containsText(district.fullName());

        page.locator("#downloads summary").click();
        Download download = page.waitForDownload(() -> page.locator("#download-xlsx").click());
        List<String> areas = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                areas.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(2).getStringCellValue());
            }
        }
        org.assertj.core.api.Assertions.assertThat(areas).contains("Tỉnh Lạng Sơn|2024", commune.fullName() + "|2024");

        page.locator("#below a", new Page.LocatorOptions().setHasText(commune.fullName())).first().click();
        assertThat(page.locator("#dashboard-title")).hasText(commune.fullName());
        assertThat(page.locator("#below-part h2")).hasText("Các câu lạc bộ");
        assertThat(page.locator("#below")).containsText(first.club().name());
        assertThat(page.locator("#below")).containsText(second.club().name());
        snapshot("commune-clubs");
        page.locator("#below a", new Page.LocatorOptions().setHasText(second.club().name())).click();
        assertThat(page.locator("#dashboard-title")).hasText(second.club().name());
        assertThat(page.locator("#headline-MEMBERS .headline-value")).hasText("5");
    }

    /**
     * On a phone the table of the province's communes is the first thing under the title, the rest
     * folded: the page was about 17,500 px tall, it is now under a third of that.
     */
    @Test
    void onAPhoneAProvinceOfficerSeesTheTableOfCommunesFirstAndTheRestFolded() throws Exception {
        ClubWithMembers club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", FOUNDED, 3);
        waitForFigures(club.club().id(), 3);
        LocalDate today = BusinessCalendar.today(clock);
        var officer = users().create(Role.PROVINCE_OFFICER,
                units.at(AdminUnit.Level.PROVINCE, "20", today, AreaScope.nation()).id(), "Hoàng Thị Thu");
        page.setViewportSize(375, 667);
        signIn(officer.username(), officer.password());
        open("/dashboard");
        assertThat(page.locator("#dashboard-title")).hasText("Tỉnh Lạng Sơn");
        Object parts = page.evaluate("() => [...document.querySelectorAll('main section > *')]"
                + ".map(e => (e.id || e.tagName) + ':' + Math.round(e.getBoundingClientRect().height)).join(' ')");
        System.out.println("Dashboard on a phone: " + parts);
        Locator firstRow = page.locator("#below tbody tr").first();
        assertThat(firstRow).isVisible();
        // Under the site's header, the title, the line saying what is shown and the table's own heading.
        double underTitle = firstRow.boundingBox().y - page.locator("#dashboard-title").boundingBox().y;
        org.assertj.core.api.Assertions.assertThat(underTitle).as("from the title to the table's first row")
                .isLessThan(250);
        double rest = ((Number) page.evaluate("() => { let h = 0; let e = document.getElementById('below-part');"
                + " while ((e = e.nextElementSibling)) h += e.getBoundingClientRect().height; return h; }")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(rest).as("height of everything under the table").isLessThan(800);
        double height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(height).as("height of the page on a phone").isLessThan(17_500 / 3.0);
        snapshot("province-phone-folded");
    }

    /** The figures are computed a moment after the records change. */
    void waitForFigures(UUID clubId, long members) throws InterruptedException {
        Period year = Period.year(BusinessCalendar.today(clock).getYear());
        for (int i = 0; i < 200; i++) {
            boolean ready;
            try {
                ready = indicators.ofClub(clubId, year, AreaScope.nation()).figures().stream()
                        .anyMatch(f -> f.code().equals("MEMBERS") && f.isTotal() && f.value() == members);
            } catch (vn.ishc.shared.NotFoundException notYetCounted) {
                ready = false;
            }
            if (ready) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("figures of club " + clubId + " not computed");
    }
}
