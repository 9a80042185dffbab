package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.HomeCareFixtures;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.identity.Role;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Members;
import vn.ishc.shared.BusinessCalendar;

/**
 * A phone lists a meeting save, the money of a meeting and a home visit as held ("Chờ xử lý"); meanwhile they were
 * decided on the club's page at a desk. Online again, the phone forgets them and says once what was decided; what
 * still waits on the server stays listed.
 */
class DecidedAtTheDeskJourneyTest extends JourneyTestBase {

    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    HomeCareTeam team;
    @Autowired
    CarePlans plans;

    void heldMeeting(UUID club, UUID clientId, LocalDate day, String resolution) {
        jdbc.sql("""
                insert into held_meeting_submission (id, club_id, client_id, held_on, body, submitted_by, reason,
                    resolved_at, resolved_by, resolution)
                values (:id, :c, :client, :d, '{}'::jsonb, 'phone', 'CHANGED_MEANWHILE', now(), 'officer', :r)""")
                .param("id", UUID.randomUUID()).param("c", club).param("client", clientId).param("d", day)
                .param("r", resolution).update();
    }

    void heldMoney(UUID club, String submission, LocalDate day, String resolution) {
        jdbc.sql("""
                insert into held_money_submission (id, club_id, submission, meeting_day, lines, refusal_key,
                    submitted_by, resolved_at, resolved_by, resolution)
                values (:id, :c, :s, :d, '[]'::jsonb, 'loans.overpaid', 'phone', :at, :by, :r)""")
                .param("id", UUID.randomUUID()).param("c", club).param("s", submission).param("d", day)
                .param("at", resolution == null ? null : java.sql.Timestamp.from(clock.instant()))
                .param("by", resolution == null ? null : "officer").param("r", resolution).update();
    }

    void heldVisit(UUID club, UUID recipient, UUID visit, String resolution) {
        jdbc.sql("""
                insert into held_visit_submission (id, club_id, recipient_id, visit_id, sent, problems, submitted_by,
                    resolved_at, resolved_by, resolution)
                values (:id, :c, :r, :v, '{}'::jsonb, '[]'::jsonb, 'phone', now(), 'officer', :res)""")
                .param("id", UUID.randomUUID()).param("c", club).param("r", recipient).param("v", visit)
                .param("res", resolution).update();
    }

    @Test
    void whatWasDecidedAtTheDeskLeavesThePhonesListAndIsSaidOnce() {
        LocalDate today = BusinessCalendar.today(clock);
        ClubWithMembers club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058",
                today.minusYears(1), 2);
        UUID clubId = club.club().id();
        var board = users().create(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, "06058").id(), "Hà Thị Mai");
        users().limitToClub(board.username(), clubId);
        UUID meetingClient = UUID.randomUUID();
        String droppedMoney = UUID.randomUUID().toString();
        String waitingMoney = UUID.randomUUID().toString();
        heldMeeting(clubId, meetingClient, today, "KEPT_CURRENT");
        heldMoney(clubId, droppedMoney, today, "DROPPED");
        heldMoney(clubId, waitingMoney, today, null);
        UUID recipient = HomeCareFixtures.aRecipient(team, plans, club.club(), null, "Cụ Đinh Thị Mơ",
                today.minusMonths(1), 1, PlanPeriod.MONTH).id();
        UUID savedVisit = UUID.randomUUID();
        heldVisit(clubId, recipient, savedVisit, "SAVED");

        signIn(board.username(), board.password());
        page.waitForFunction("() => new Promise(done => { const o = indexedDB.open('ishc-meetings');"
                + " o.onsuccess = () => done(o.result.objectStoreNames.contains('meetings')); })");
        String action = baseUrl() + "/clubs/" + clubId + "/meeting-money";
        String visitAction = baseUrl() + "/homecare/recipients/" + recipient + "/visits";
        page.evaluate("""
                ([user, club, client, day, dropped, waiting, action, visit, visitAction]) => {
                  const put = (name, store, value) => new Promise(done => {
                    const o = indexedDB.open(name);
                    o.onsuccess = () => { const tx = o.result.transaction(store, 'readwrite');
                      tx.objectStore(store).put(value); tx.oncomplete = () => done(true); };
                  });
                  const money = (id, title) => ({ id, key: 'money-' + id, user, action, page: action, title,
                    values: { submission: [id] }, savedAt: Date.now(), state: 'refused' });
                  return Promise.all([
                    put('ishc-meetings', 'meetings', { id: crypto.randomUUID(), clubId: club, heldClientId: client,
                      pending: false, values: { heldOn: day } }),
                    put('ishc-forms', 'outbox', money(dropped, 'Tiền họp bị bỏ')),
                    put('ishc-forms', 'outbox', money(waiting, 'Tiền họp còn chờ')),
                    put('ishc-forms', 'outbox', { id: visit, key: 'visit-' + visit, user, action: visitAction,
                      page: visitAction, title: 'Thăm Cụ Đinh Thị Mơ', values: { id: [visit] }, savedAt: Date.now(),
                      state: 'refused' })]);
                }""", java.util.List.of(board.username(), clubId.toString(), meetingClient.toString(), today.toString(),
                droppedMoney, waitingMoney, action, savedVisit.toString(), visitAction));

        page.reload();
        assertThat(page.locator("#outbox .outbox-state")).containsText("Đã xử lý trên máy tính");
        assertThat(page.locator("#outbox .outbox-state")).containsText("Tiền họp bị bỏ — đã bỏ bản gửi");
        assertThat(page.locator("#outbox .outbox-state")).containsText("Buổi sinh hoạt ngày "
                + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " — đã giữ bản hiện tại");
        assertThat(page.locator("#outbox .outbox-held")).containsText("Tiền họp còn chờ");
        assertThat(page.locator("#outbox .outbox-held")).not().containsText("Tiền họp bị bỏ");
        assertThat(page.locator("#outbox .outbox-state")).containsText("Thăm Cụ Đinh Thị Mơ — đã sửa và ghi vào sổ");
        assertThat(page.locator("#outbox .outbox-held")).not().containsText("Thăm Cụ Đinh Thị Mơ");
        assertThat(page.locator("#outbox .outbox-count")).containsText("Chờ gửi: 1");

        // Said once: the next page lists what still waits and says nothing more.
        page.reload();
        assertThat(page.locator("#outbox .outbox-held")).containsText("Tiền họp còn chờ");
        page.waitForTimeout(1000);
        assertThat(page.locator("#outbox .outbox-state")).not().containsText("Đã xử lý");
    }
}
