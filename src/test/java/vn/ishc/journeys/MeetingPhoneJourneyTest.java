package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.meetings.Meeting;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A club's board member, on a cheap phone with a weak signal, records the month's meeting: from the
 * home page, few taps, nothing lost when the signal goes or the page is reloaded, a save sent twice
 * saved once, a meeting saved part way and finished later, a meeting changed meanwhile left to choose.
 */
class MeetingPhoneJourneyTest extends JourneyTestBase {

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
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** The taps the test makes on the screen, and the keys it types. */
    final AtomicInteger taps = new AtomicInteger();
    final AtomicInteger keys = new AtomicInteger();

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(360, 780).setHasTouch(true).setIsMobile(true);
    }

    LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    ClubWithMembers aClubOf(int size) {
        return MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", today().minusYears(1), size);
    }

    void signInAsBoardOf(ClubWithMembers club) {
        var board = users().create(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, "06058").id(), "Vi Thị Lý");
        users().limitToClub(board.username(), club.club().id());
        signIn(board.username(), board.password());
        page.onDialog(d -> d.accept());
    }

    void tap(Locator target) {
        taps.incrementAndGet();
        target.click();
    }

    void type(String text) {
        keys.addAndGet(text.length());
        page.keyboard().type(text);
    }

    void enter() {
        keys.incrementAndGet();
        page.keyboard().press("Enter");
    }

    long meetingsOf(ClubWithMembers club) {
        return jdbc.sql("select count(*) from meeting where club_id = :c").param("c", club.club().id())
                .query(Long.class).single();
    }

    long versionsOf(ClubWithMembers club) {
        return jdbc.sql("select count(*) from meeting_version v join meeting m on m.id = v.meeting_id where m.club_id = :c")
                .param("c", club.club().id()).query(Long.class).single();
    }

    String statusOf(ClubWithMembers club) {
        return jdbc.sql("select status from meeting where club_id = :c").param("c", club.club().id())
                .query(String.class).single();
    }

    /** Measures a present member on their card: three digits move on by themselves, Enter moves on. */
    void measure(int i, int systolic) {
        type(String.valueOf(systolic));
        type(String.valueOf(70 + i % 20));
        enter();
        type("76");
        enter();
        type("5" + (i % 10));
    }

    @Test
    void theHomePageLeadsTheBoardMemberToThisMonthsMeetingNotLastMonths() {
        ClubWithMembers club = aClubOf(5);
        LocalDate lastMonth = club.club().meetingDay().in(today().minusMonths(1).getYear(),
                today().minusMonths(1).getMonthValue());
        meetings.record(club.club().id(), MeetingFixtures.everyonePresent(null, lastMonth, club.people()), "t",
                AreaScope.nation());
        signInAsBoardOf(club);
        LocalDate day = club.club().meetingDay().in(today().getYear(), today().getMonthValue());

        open("/");
        assertThat(page.locator("#month-meeting")).containsText("Sinh hoạt tháng này");
        tap(page.locator("#month-meeting-open"));
        assertThat(page.locator("#heldOn")).hasValue(day.toString());
        assertThat(page.locator("#card-0")).isVisible();
        tap(page.locator("#card-0 label.choice-ABSENT"));
        tap(page.locator("#save-draft"));
        assertThat(page.locator("#sync-state")).containsText("Đã gửi bản nháp");

        open("/");
        assertThat(page.locator("#month-meeting-open")).containsText("chưa hoàn tất");
        tap(page.locator("#month-meeting-open"));
        assertThat(page.locator("#draft-notice")).containsText("1/5");
        assertThat(page.locator("#card-1")).isVisible();

        // Last month's meeting, opened, says it is recorded; what is typed replaces its values.
        UUID recorded = jdbc.sql("select id from meeting where club_id = :c and held_on = :d")
                .param("c", club.club().id()).param("d", lastMonth).query(UUID.class).single();
        open("/meetings/" + recorded + "/edit?layout=phone");
        assertThat(page.locator("#recorded-notice")).containsText("đã được ghi xong");
        tap(page.locator("#card-0 button.next"));
        tap(page.locator("#card-1 label.choice-PRESENT"));
        tap(page.locator("#card-1 input.diastolic"));
        type("70");
        tap(page.locator("#card-1 input.pulse"));
        tap(page.locator("#card-1 input.diastolic"));
        type("78");
        assertThat(page.locator("#card-1 input.diastolic")).hasValue("78");
    }

    @Test
    void aBoardMemberRecordsA60MemberMeetingInFewTapsAndItIsSavedOnce() {
        ClubWithMembers club = aClubOf(60);
        signInAsBoardOf(club);
        open("/clubs/" + club.club().id() + "/meetings/new?layout=phone&date=" + today().minusDays(1));
        taps.set(0);
        keys.set(0);

        tap(page.locator("#place"));
        type("Nhà văn hoá thôn");
        tap(page.locator("#learningTopic"));
        type("Phòng chống tăng huyết áp");
        assertThat(page.locator("#card-0 input.systolic")).hasAttribute("inputmode", "numeric");
        assertThat(page.locator("#card-0 .earlier")).isVisible();
        tap(page.locator("#card-0 input.systolic"));
        for (int i = 0; i < 60; i++) {
            Locator card = page.locator("#card-" + i);
            assertThat(card).isVisible();
            if (i < 40) {
                if (i != 25) {
                    measure(i, 118 + i % 50);
                }
                if (i == 1) {
                    snapshot("phone-card");
                    BoundingBox next = card.locator("button.next").boundingBox();
                    BoundingBox bar = page.locator(".save-bar").boundingBox();
                    org.assertj.core.api.Assertions.assertThat(next.y + next.height).as("'next' is above the save bar")
                            .isLessThanOrEqualTo(bar.y);
                    org.assertj.core.api.Assertions.assertThat(next.height).as("a big target").isGreaterThanOrEqualTo(44);
                }
                // Member 26 was present but not measured: a missing reading is allowed.
                tap(card.locator("button.next"));
            } else {
                tap(card.locator(i < 50 ? "label.choice-EXCUSED" : "label.choice-ABSENT"));
            }
        }
        assertThat(page.locator("output.marked")).hasText("60");
        tap(page.locator("#save-meeting"));

        assertThat(page.locator("[role=status]")).containsText("40/60 thành viên có mặt, 39 người được đo");
        System.out.printf("Recording a meeting of 60 members (39 measured) took %d taps and %d keys typed%n",
                taps.get(), keys.get());
        org.assertj.core.api.Assertions.assertThat(taps.get()).isLessThanOrEqualTo(150);
        org.assertj.core.api.Assertions.assertThat(meetingsOf(club)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(versionsOf(club)).as("saved once").isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(statusOf(club)).isEqualTo("FINISHED");
    }

    @Test
    void valuesTypedOfflineSurviveAReloadAndAreSentOnceTheSignalIsBack() {
        ClubWithMembers club = aClubOf(6);
        signInAsBoardOf(club);
        open("/clubs/" + club.club().id() + "/meetings/new?layout=phone&date=" + today().minusDays(1));
        String url = page.url();

        page.context().setOffline(true);
        tap(page.locator("#card-0 input.systolic"));
        measure(0, 131);
        tap(page.locator("#card-0 button.next"));
        tap(page.locator("#card-1 label.choice-ABSENT"));
        tap(page.locator("#save-draft"));
        assertThat(page.locator("#sync-state")).containsText("Đã lưu trên máy, sẽ gửi khi có mạng");
        assertThat(page.locator("#sync-waiting")).containsText("Chờ gửi: 1");
        org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(url);
        tap(page.locator("#card-2 input.systolic"));
        measure(2, 142);
        org.assertj.core.api.Assertions.assertThat(meetingsOf(club)).isZero();

        // The signal comes back: what waited is sent by itself.
        page.context().setOffline(false);
        assertThat(page.locator("#sync-state")).containsText("Đã gửi bản nháp");
        assertThat(page.locator("#sync-waiting")).containsText("Không có gì chờ gửi");
        org.assertj.core.api.Assertions.assertThat(meetingsOf(club)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(statusOf(club)).isEqualTo("DRAFT");

        // Mid-way, more is typed and the page is opened again before it is sent: every value is there.
        tap(page.locator("#card-2 button.next"));
        measure(3, 155);
        page.reload();
        for (int i : new int[] {0, 3, 2}) {
            // Found by the name typed without accents.
            tap(page.locator("#member-search"));
            page.locator("#member-search").fill(fold(page.locator("#card-" + i + " .card-name span").textContent()));
            assertThat(page.locator("#card-" + i)).isVisible();
            assertThat(page.locator("#card-" + i + " input.systolic")).hasValue(i == 0 ? "131" : i == 3 ? "155" : "142");
        }
        org.assertj.core.api.Assertions.assertThat(meetingsOf(club)).isEqualTo(1);

        tap(page.locator("#card-2 button.next"));
        for (int i = 3; i < 5; i++) {
            tap(page.locator("#card-" + i + " button.next"));
        }
        tap(page.locator("#save-meeting"));
        assertThat(page.locator("[role=status]")).containsText("5/6 thành viên có mặt");
        org.assertj.core.api.Assertions.assertThat(meetingsOf(club)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(statusOf(club)).isEqualTo("FINISHED");
        org.assertj.core.api.Assertions.assertThat(versionsOf(club)).as("the draft, then the finished meeting")
                .isEqualTo(2);
    }

    /** Jumps to a member's card by their name typed without accents. */
    void jumpTo(int i) {
        tap(page.locator("#member-search"));
        page.locator("#member-search").fill(fold(page.locator("#card-" + i + " .card-name span").textContent()));
        assertThat(page.locator("#card-" + i)).isVisible();
    }

    @Test
    void aWholeMeetingOf60TypedWithNoSignalSurvivesAReloadAndAClosedPageAndIsSavedOnce() {
        ClubWithMembers club = aClubOf(60);
        signInAsBoardOf(club);
        String meeting = "/clubs/" + club.club().id() + "/meetings/new?layout=phone&date=" + today().minusDays(1);
        open(meeting);
        page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
        open(meeting);
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");

        // No signal for the whole meeting: thirty measured, then the page is opened again.
        page.context().setOffline(true);
        tap(page.locator("#card-0 input.systolic"));
        for (int i = 0; i < 30; i++) {
            measure(i, 120 + i);
            tap(page.locator("#card-" + i + " button.next"));
        }
        page.waitForTimeout(500);
        page.reload();
        assertThat(page.locator("#card-12 input.systolic")).hasValue("132");
        assertThat(page.locator("#card-29 input.systolic")).hasValue("149");

        // Fifteen more present without a reading, then the page is closed and opened again, still offline.
        jumpTo(30);
        for (int i = 30; i < 45; i++) {
            tap(page.locator("#card-" + i + " button.next"));
        }
        page.waitForTimeout(500);
        var context = page.context();
        page.close();
        page = context.newPage();
        page.onDialog(d -> d.accept());
        open(meeting);
        assertThat(page.locator("#card-3 input.systolic")).hasValue("123");
        jumpTo(45);
        for (int i = 45; i < 60; i++) {
            tap(page.locator("#card-" + i + " label.choice-ABSENT"));
        }
        assertThat(page.locator("output.marked")).hasText("60");
        tap(page.locator("#save-meeting"));
        assertThat(page.locator("#sync-state")).containsText("Đã lưu trên máy");
        org.assertj.core.api.Assertions.assertThat(meetingsOf(club)).isZero();

        // The signal returns: sent by itself, saved once, with every member.
        context.setOffline(false);
        assertThat(page.locator("[role=status]")).containsText("45/60 thành viên có mặt, 30 người được đo");
        org.assertj.core.api.Assertions.assertThat(meetingsOf(club)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(versionsOf(club)).as("saved once").isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(statusOf(club)).isEqualTo("FINISHED");
    }

    @Test
    void aSaveWhoseAnswerIsLostIsSentAgainAndSavedOnce() {
        ClubWithMembers club = aClubOf(3);
        signInAsBoardOf(club);
        open("/clubs/" + club.club().id() + "/meetings/new?layout=phone&date=" + today().minusDays(1));
        // The server's answers are lost on the way back until the user taps "Gửi" (a save sent again meanwhile,
        // whatever sends it, is answered with a lost answer too). Routed for the whole browser, so that a
        // request that passes through the app's service worker, once it controls the page, is caught too.
        AtomicInteger posts = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean answersLost = new java.util.concurrent.atomic.AtomicBoolean(true);
        page.context().route("**/api/v1/clubs/*/meetings", route -> {
            posts.incrementAndGet();
            if (answersLost.get()) {
                route.fetch();
                route.abort();
            } else {
                route.resume();
            }
        });
        tap(page.locator("#card-0 button.next"));
        tap(page.locator("#card-1 button.next"));
        tap(page.locator("#card-2 label.choice-ABSENT"));
        tap(page.locator("#save-meeting"));
        assertThat(page.locator("#sync-state")).containsText("Đã lưu trên máy");
        org.assertj.core.api.Assertions.assertThat(meetingsOf(club)).as("the server got it").isEqualTo(1);

        answersLost.set(false);
        tap(page.locator("#send-now"));
        assertThat(page.locator("[role=status]")).containsText("2/3 thành viên có mặt");
        org.assertj.core.api.Assertions.assertThat(posts.get()).isGreaterThanOrEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(meetingsOf(club)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(versionsOf(club)).as("saved once").isEqualTo(1);
    }

    @Test
    void aMeetingChangedMeanwhileWaitsForTheBoardMembersChoice() {
        ClubWithMembers club = aClubOf(3);
        signInAsBoardOf(club);
        open("/clubs/" + club.club().id() + "/meetings/new?layout=phone&date=" + today().minusDays(1));
        tap(page.locator("#card-0 button.next"));
        tap(page.locator("#save-draft"));
        assertThat(page.locator("#sync-state")).containsText("Đã gửi bản nháp");
        UUID id = jdbc.sql("select id from meeting where club_id = :c").param("c", club.club().id())
                .query(UUID.class).single();

        // The commune officer corrects the meeting at the desk meanwhile.
        Meeting draft = meetings.get(id, AreaScope.nation());
        meetings.record(club.club().id(), new vn.ishc.meetings.MeetingEntry(id, draft.version(), draft.heldOn(),
                "Sân đình", null, null, 0, null, java.util.List.of(new vn.ishc.meetings.MeetingEntry.Row(
                club.people().get(0), vn.ishc.meetings.AttendanceStatus.PRESENT, null)), false, null), "officer",
                AreaScope.nation());

        tap(page.locator("#card-1 label.choice-ABSENT"));
        tap(page.locator("#save-draft"));
        assertThat(page.locator("#conflict")).containsText("Chờ xử lý");
        assertThat(page.locator("#conflict")).containsText("Sân đình");

        // The refused save is held on the server too: the club's page lists it until someone decides.
        com.microsoft.playwright.Page clubPage = page.context().newPage();
        clubPage.navigate(baseUrl() + "/clubs/" + club.club().id());
        assertThat(clubPage.locator("#held-meetings")).containsText("Chờ xử lý");
        assertThat(clubPage.locator("#held-meetings"))
                .containsText(draft.heldOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        tap(page.locator("#keep-mine"));
        assertThat(page.locator("#sync-state")).containsText("Đã gửi bản nháp");
        assertThat(page.locator("#conflict")).isHidden();
        Meeting kept = meetings.get(id, AreaScope.nation());
        org.assertj.core.api.Assertions.assertThat(kept.version()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(kept.lines()).hasSize(2);
        clubPage.reload();
        assertThat(clubPage.locator("h1")).containsText(club.club().name());
        assertThat(clubPage.locator("#held-meetings")).hasCount(0);
        clubPage.close();
    }

    @Test
    void takingTheServersMeetingOnThePhoneClearsTheSaveHeldForIt() {
        ClubWithMembers club = aClubOf(3);
        signInAsBoardOf(club);
        open("/clubs/" + club.club().id() + "/meetings/new?layout=phone&date=" + today().minusDays(1));
        tap(page.locator("#card-0 button.next"));
        tap(page.locator("#save-draft"));
        assertThat(page.locator("#sync-state")).containsText("Đã gửi bản nháp");
        UUID id = jdbc.sql("select id from meeting where club_id = :c").param("c", club.club().id())
                .query(UUID.class).single();
        Meeting draft = meetings.get(id, AreaScope.nation());
        meetings.record(club.club().id(), new vn.ishc.meetings.MeetingEntry(id, draft.version(), draft.heldOn(),
                "Sân đình", null, null, 0, null, java.util.List.of(new vn.ishc.meetings.MeetingEntry.Row(
                club.people().get(0), vn.ishc.meetings.AttendanceStatus.PRESENT, null)), false, null), "officer",
                AreaScope.nation());

        tap(page.locator("#card-1 label.choice-ABSENT"));
        tap(page.locator("#save-draft"));
        assertThat(page.locator("#conflict")).containsText("Sân đình");
        org.assertj.core.api.Assertions.assertThat(heldWaiting(club)).isEqualTo(1);

        tap(page.locator("#take-server"));
        page.waitForURL(url -> url.contains("/meetings/" + id + "/edit"));
        org.assertj.core.api.Assertions.assertThat(heldWaiting(club)).isZero();
        org.assertj.core.api.Assertions.assertThat(meetings.get(id, AreaScope.nation()).version()).isEqualTo(2);
    }

    long heldWaiting(ClubWithMembers club) {
        return jdbc.sql("select count(*) from held_meeting_submission where club_id = :c and resolved_at is null")
                .param("c", club.club().id()).query(Long.class).single();
    }

    static String fold(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase();
    }
}
