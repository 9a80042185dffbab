package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Members;
import vn.ishc.shared.BusinessCalendar;

/**
 * A board member signs in on a phone and opens only the home page: the phone keeps the pages needed without a
 * signal, says so, and with the signal gone this month's meeting (never opened) opens from the phone's copy
 * and keeps what is typed.
 */
class KeptPagesJourneyTest extends JourneyTestBase {

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

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(360, 780).setHasTouch(true).setIsMobile(true);
    }

    @Test
    void theMeetingOfTheMonthOpensWithoutASignalThoughItWasNeverOpened() {
        ClubWithMembers club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058",
                BusinessCalendar.today(clock).minusYears(1), 3);
        var board = users().create(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, "06058").id(), "Lò Thị Hoa");
        users().limitToClub(board.username(), club.club().id());
        signIn(board.username(), board.password());
        page.onDialog(d -> d.accept());
        open("/");
        assertThat(page.locator("#kept-pages")).containsText("Đã lưu",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("#kept-pages")).containsText("trang để dùng khi mất sóng");

        // No signal at all: every request the page or the service worker makes fails.
        page.context().route("**/*", route -> route.abort("internetdisconnected"));
        page.locator("#month-meeting-open").click();
        assertThat(page.locator("#card-0")).isVisible();
        assertThat(page.locator("main")).not().containsText("Chưa có mạng");
        page.locator("#card-0 label.choice-ABSENT").click();
        page.locator("#save-meeting").click();
        assertThat(page.locator("#sync-state")).containsText("Đã lưu trên máy");
        Object pending = page.evaluate("() => new Promise(done => { const o = indexedDB.open('ishc-meetings');"
                + " o.onsuccess = () => { const r = o.result.transaction('meetings').objectStore('meetings').getAll();"
                + " r.onsuccess = () => done(r.result.filter(m => m.pending).length); }; })");
        org.assertj.core.api.Assertions.assertThat(((Number) pending).intValue()).isEqualTo(1);
    }
}
