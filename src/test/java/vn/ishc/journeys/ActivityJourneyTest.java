package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.shared.BusinessCalendar;

/** A board member records the month's activities: the form shows only the fields of the kind chosen. */
class ActivityJourneyTest extends JourneyTestBase {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;

    @Test
    void theFormShowsTheFieldsOfTheKindAndACommunityActivityIsRecorded() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06115", LocalDate.of(2025, 8, 1));
        long commune = GeographyFixtures.communeToday(units, "06115").id();
        var board = users().create(Role.CLUB_BOARD, commune, "Chủ nhiệm");
        users().limitToClub(board.username(), club.id());
        signIn(board.username(), board.password());
        open("/clubs/" + club.id() + "/activities");

        page.locator("#record summary").click();
        page.locator("#kind").selectOption("SELF_HELP");
        assertThat(page.locator("#personName")).isVisible();
        assertThat(page.locator("#helpForm")).isVisible();
        assertThat(page.locator("#title")).isHidden();
        page.locator("#kind").selectOption("COMMUNITY");
        assertThat(page.locator("#title")).isVisible();
        assertThat(page.locator("#participants")).isVisible();
        assertThat(page.locator("#personName")).isHidden();
        assertThat(page.locator("#valueDong")).isHidden();

        page.locator("#on").fill(BusinessCalendar.today(clock).toString());
        page.locator("#title").fill("Dọn vệ sinh đường làng");
        page.locator("#participants").fill("32");
        page.locator("#activity-form button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("Đã lưu");
        assertThat(page.locator("#activities")).containsText("Dọn vệ sinh đường làng");
        snapshot("community-activity");
    }
}
