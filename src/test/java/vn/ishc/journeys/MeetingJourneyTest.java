package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.MeetingDay;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Members;
import vn.ishc.shared.BusinessCalendar;

/**
 * A club's board member records the month's meeting on a phone, one member at a time; a commune officer
 * keys the same kind of meeting from the paper book into the grid without touching the mouse.
 */
class MeetingJourneyTest extends JourneyTestBase {

    static final LocalDate FOUNDED = LocalDate.of(2025, 9, 1);

    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    Clock clock;

    ClubWithMembers aClubOf60() {
        return MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", FOUNDED, 60);
    }

    @Test
    void aBoardMemberRecordsAMeetingOf60MembersWith40ReadingsOnAPhone() {
        // The club meets today, so the meetings page offers today's meeting, which may be finished.
        LocalDate today = BusinessCalendar.today(clock);
        ClubWithMembers club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", FOUNDED, 60,
                MeetingDay.ofMonthDay(today.getDayOfMonth()));
        var board = users().create(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, "06058").id(), "Vi Thị Lý");
        users().limitToClub(board.username(), club.club().id());
        signIn(board.username(), board.password());

        open("/clubs/" + club.club().id());
        page.locator("#club-meetings").click();
        assertThat(page.locator("#record-meeting #date")).hasValue(today.toString());
        page.locator("#record-meeting button[value=phone]").click();
        page.locator("#place").fill("Nhà văn hoá thôn");
        page.locator("#learningTopic").fill("Phòng chống tăng huyết áp");
        page.locator("#guests").fill("2");
        String first = page.locator("#card-0 .card-name span").first().textContent();
        for (int i = 0; i < 60; i++) {
            Locator card = page.locator("#card-" + i);
            assertThat(card).isVisible();
            if (i < 40) {
                card.locator("label.choice-PRESENT").click();
                boolean urgent = i == 7;
                card.locator("input.systolic").fill(urgent ? "186" : String.valueOf(118 + i));
                card.locator("input.diastolic").fill(urgent ? "112" : String.valueOf(72 + i / 2));
                card.locator("input.pulse").fill("76");
                card.locator("input.weight").fill("5" + (i % 10) + ",5");
                if (urgent) {
                    assertThat(card.locator(".referral")).isVisible();
                    card.locator(".referral label", new Locator.LocatorOptions().setHasText("Có")).click();
                } else {
                    assertThat(card.locator(".referral")).isHidden();
                }
                if (i == 0) {
                    snapshot("phone-card");
                }
                card.locator("button.next").click();
            } else {
                card.locator(i < 50 ? "label.choice-EXCUSED" : "label.choice-ABSENT").click();
            }
        }
        assertThat(page.locator("output.marked")).hasText("60");
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        page.locator("#save-meeting").click();

        assertThat(page.locator("[role=status]")).containsText("40/60 thành viên có mặt, 40 người được đo");
        assertThat(page.locator("#meeting-counts")).containsText("Có mặt 40, vắng có phép 10, vắng 10; khách mời 2");
        assertThat(page.locator("#attendance")).containsText("186/112");
        assertThat(page.locator("#attendance")).containsText("Nguy hiểm");
        snapshot("meeting-recorded");

        assertThat(page.locator("#attendance tbody tr").first()).containsText(first);
        page.locator("#attendance tbody tr").first().locator("a").click();
        assertThat(page.locator("#last-reading")).containsText("118/72 mmHg");
        assertThat(page.locator("#bp-chart polyline.systolic")).hasCount(1);
        assertThat(page.locator("#readings")).containsText("Buổi sinh hoạt");
        snapshot("health-page");
    }

    @Test
    void aCommuneOfficerKeysAMeetingIntoTheGridWithTheKeyboardOnly() {
        ClubWithMembers club = aClubOf60();
        var officer = users().create(Role.COMMUNE_OFFICER, GeographyFixtures.communeToday(units, "06058").id(), "Lăng Văn Sơn");
        signIn(officer.username(), officer.password());
        page.setViewportSize(1600, 1000);

        open("/clubs/" + club.club().id() + "/meetings/new?layout=grid&date=2025-10-21");
        assertThat(page.locator("#place")).isFocused();
        BoundingBox last = page.locator("#row-59").boundingBox();
        org.assertj.core.api.Assertions.assertThat(last.y + last.height).as("the 60th row is on the screen")
                .isLessThanOrEqualTo(1000);

        var keys = page.keyboard();
        keys.type("Nhà văn hoá");
        keys.press("Tab");
        keys.type("Chăm sóc răng miệng");
        keys.press("Tab");
        keys.press("Tab");
        keys.type("1");
        keys.press("Tab");
        keys.press("Tab");
        assertThat(page.locator("input[data-row='0'][data-col='0']")).isFocused();
        for (int i = 0; i < 60; i++) {
            if (i < 40) {
                keys.type("1");
                keys.press("ArrowRight");
                keys.type(i == 3 ? "182" : String.valueOf(120 + i));
                keys.press("ArrowRight");
                keys.type(i == 3 ? "100" : "80");
                keys.press("ArrowRight");
                keys.type("72");
                keys.press("ArrowRight");
                keys.type("48.5");
                keys.press("ArrowRight");
                if (i == 3) {
                    keys.type("0");
                }
                keys.press("ArrowRight");
            } else {
                keys.type(i < 50 ? "2" : "3");
                keys.press("ArrowDown");
            }
        }
        assertThat(page.locator("input[data-row='59'][data-col='0']")).isFocused();
        assertThat(page.locator("#row-3")).hasClass(java.util.regex.Pattern.compile("\\burgent\\b"));
        assertThat(page.locator("#row-4")).not().hasClass(java.util.regex.Pattern.compile("\\burgent\\b"));
        snapshot("grid-keyed");
        keys.press("Enter");
        assertThat(page.locator("#save-meeting")).isFocused();
        keys.press("Enter");

        assertThat(page.locator("#meeting-counts")).containsText("Có mặt 40, vắng có phép 10, vắng 10; khách mời 1");
        assertThat(page.locator("#attendance")).containsText("182/100");
    }
}
