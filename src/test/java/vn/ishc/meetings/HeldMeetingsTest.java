package vn.ishc.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.identity.UserView;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.LeavingReason;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A meeting sent from a phone and refused because the commune officer changed it meanwhile is held, once,
 * listed on the club's page for its board and the officers of its area, and stays until someone keeps the
 * version sent or the one recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HeldMeetingsTest {

    @Autowired
    MockMvcTester mvc;
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
    HeldMeetings held;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    ClubWithMembers club;
    LocalDate day;
    Meeting recorded;
    RequestPostProcessor officer;
    RequestPostProcessor board;

    /** A club of three, its meeting of last week sent as a draft by the board, then changed by the officer. */
    void aMeetingChangedByTheOfficer() {
        LocalDate today = BusinessCalendar.today(clock);
        club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", today.minusYears(1), 3);
        day = today.minusDays(7);
        officer = user(aUser(Role.COMMUNE_OFFICER, null).username()).roles("COMMUNE_OFFICER");
        board = boardOf(club.club().id());
        Meeting draft = meetings.record(club.club().id(), new MeetingEntry(null, null, day, "Nhà văn hoá", null, null, 0,
                null, List.of(row(0, AttendanceStatus.PRESENT)), false, null), "board", AreaScope.nation());
        recorded = meetings.record(club.club().id(), new MeetingEntry(draft.id(), draft.version(), day, "Sân đình", null,
                null, 0, null, List.of(row(0, AttendanceStatus.PRESENT)), false, null), "officer", AreaScope.nation());
    }

    UserView aUser(Role role, UUID clubId) {
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        UserView u = UserFixtures.create(accounts, "u-" + UUID.randomUUID().toString().substring(0, 8), role, commune,
                "mat-khau-dai-1", "Người dùng");
        return clubId == null ? u : accounts.limitToClub(u.id(), clubId, UserFixtures.ROOT);
    }

    RequestPostProcessor boardOf(UUID clubId) {
        return user(aUser(Role.CLUB_BOARD, clubId).username()).roles("CLUB_BOARD");
    }

    MeetingEntry.Row row(int member, AttendanceStatus status) {
        return new MeetingEntry.Row(club.people().get(member), status, null);
    }

    /** What the phone sends on the version it had before the officer's change. */
    String phoneSave(UUID clientId) {
        return """
                {"id":"%s","version":1,"heldOn":"%s","place":"Nhà văn hoá","finished":false,"clientId":"%s",
                 "rows":[{"personId":"%s","status":"PRESENT","reading":{"systolic":135,"diastolic":85}},
                         {"personId":"%s","status":"ABSENT"}]}""".formatted(recorded.id(), day, clientId,
                club.people().get(0), club.people().get(1));
    }

    long waiting() {
        return jdbc.sql("select count(*) from held_meeting_submission where club_id = :c and resolved_at is null")
                .param("c", club.club().id()).query(Long.class).single();
    }

    UUID send(UUID clientId) {
        var result = mvc.post().uri("/api/v1/clubs/" + club.club().id() + "/meetings").with(csrf()).with(board)
                .contentType(MediaType.APPLICATION_JSON).content(phoneSave(clientId)).exchange();
        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.existing").isEqualTo("/api/v1/meetings/" + recorded.id());
        return held.waiting(club.club().id(), AreaScope.nation()).get(0).id();
    }

    @Test
    void aRefusedSaveIsHeldOnceHoweverOftenThePhoneSendsItAgain() {
        aMeetingChangedByTheOfficer();
        UUID clientId = UUID.randomUUID();
        UUID first = send(clientId);
        UUID again = send(clientId);

        assertThat(again).isEqualTo(first);
        assertThat(waiting()).isEqualTo(1);
        HeldSubmission h = held.get(club.club().id(), first, AreaScope.nation());
        assertThat(h.refusal().reason()).isEqualTo(HeldSubmission.Reason.CHANGED_MEANWHILE);
        assertThat(h.refusal().serverVersion()).isEqualTo(2);
        assertThat(h.meetingId()).isEqualTo(recorded.id());
        assertThat(h.sent().entry().rows()).hasSize(2);
        assertThat(h.sent().entry().rows().get(0).reading().systolic()).isEqualTo(135);
        assertThat(mvc.post().uri("/api/v1/clubs/" + club.club().id() + "/meetings").with(csrf()).with(board)
                .contentType(MediaType.APPLICATION_JSON).content(phoneSave(clientId)))
                .bodyJson().extractingPath("$.held").isEqualTo(first.toString());
        assertThat(meetings.get(recorded.id(), AreaScope.nation()).place()).as("nothing saved").isEqualTo("Sân đình");
    }

    @Test
    void thePhoneAsksWhatBecameOfItsHeldSavesAndLearnsWhatWasDecidedAtTheDesk() {
        aMeetingChangedByTheOfficer();
        UUID decided = UUID.randomUUID();
        UUID stillWaiting = UUID.randomUUID();
        UUID neverHeld = UUID.randomUUID();
        held.keepCurrent(club.club().id(), send(decided), "officer", AreaScope.nation());
        send(stillWaiting);
        String ask = "/api/v1/clubs/" + club.club().id() + "/meetings/held?client=" + decided + "&client=" + stillWaiting
                + "&client=" + neverHeld;

        var answer = mvc.get().uri(ask).with(board).exchange();
        assertThat(answer).hasStatusOk();
        assertThat(answer).bodyJson().extractingPath("$[0].clientId").isEqualTo(decided.toString());
        assertThat(answer).bodyJson().extractingPath("$[0].state").isEqualTo("DECIDED");
        assertThat(answer).bodyJson().extractingPath("$[0].outcome").isEqualTo("KEPT_CURRENT");
        assertThat(answer).bodyJson().extractingPath("$[1].state").isEqualTo("WAITING");
        assertThat(answer).bodyJson().extractingPath("$[2].state").isEqualTo("UNKNOWN");
        assertThat(mvc.get().uri(ask).with(officer)).hasStatusOk();

        // Only the club's board and the officers of its area may ask.
        ClubWithMembers other = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058",
                day.minusYears(1), 1);
        assertThat(mvc.get().uri(ask).with(boardOf(other.club().id()))).hasStatus(403);
        RequestPostProcessor volunteer = user(aUser(Role.HOMECARE_VOLUNTEER, club.club().id()).username())
                .roles("HOMECARE_VOLUNTEER");
        assertThat(mvc.get().uri(ask).with(volunteer)).hasStatus(403);
    }

    @Test
    void theClubPageListsHeldMeetingsToItsBoardAndOfficersButNotToAnotherClubsBoard() {
        aMeetingChangedByTheOfficer();
        UUID id = send(UUID.randomUUID());
        String page = "/clubs/" + club.club().id();

        assertThat(mvc.get().uri(page).with(board)).hasStatusOk().bodyText().contains("Chờ xử lý")
                .contains("held-" + id).contains("/meetings/held/" + id);
        assertThat(mvc.get().uri(page).with(officer)).hasStatusOk().bodyText().contains("held-" + id);
        ClubWithMembers other = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058",
                day.minusYears(1), 1);
        RequestPostProcessor otherBoard = boardOf(other.club().id());
        assertThat(mvc.get().uri(page).with(otherBoard)).hasStatus(403);
        assertThat(mvc.get().uri("/clubs/" + other.club().id()).with(otherBoard)).hasStatusOk().bodyText()
                .doesNotContain("held-" + id).doesNotContain("held-meetings");
        assertThat(mvc.get().uri(page + "/meetings/held/" + id).with(otherBoard)).hasStatus(403);
        assertThat(mvc.post().uri(page + "/meetings/held/" + id + "/keep-current").with(csrf()).with(otherBoard))
                .hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/clubs/" + club.club().id() + "/meetings/held/" + UUID.randomUUID()
                + "/dropped").with(csrf()).with(otherBoard)).hasStatus(403);
        RequestPostProcessor volunteer = user(aUser(Role.HOMECARE_VOLUNTEER, null).username()).roles("HOMECARE_VOLUNTEER");
        assertThat(mvc.get().uri(page).with(volunteer)).hasStatusOk().bodyText().doesNotContain("held-meetings");
        assertThat(mvc.get().uri(page + "/meetings/held/" + id).with(volunteer)).hasStatus(403);
        assertThat(waiting()).isEqualTo(1);
    }

    @Test
    void keepingTheSentVersionRecordsItOverTheCurrentOneAndDecidesIt() {
        aMeetingChangedByTheOfficer();
        UUID id = send(UUID.randomUUID());
        String page = "/clubs/" + club.club().id() + "/meetings/held/" + id;
        assertThat(mvc.get().uri(page).with(officer)).hasStatusOk().bodyText().contains("Sân đình")
                .contains("Nhà văn hoá").contains(club.names().get(1)).contains("135/85")
                .contains("Giữ bản gửi").contains("Giữ bản hiện tại");

        assertThat(mvc.post().uri(page + "/keep-sent").with(csrf()).with(officer)).hasStatus3xxRedirection()
                .hasRedirectedUrl("/meetings/" + recorded.id());

        Meeting now = meetings.get(recorded.id(), AreaScope.nation());
        assertThat(now.version()).isEqualTo(3);
        assertThat(now.place()).isEqualTo("Nhà văn hoá");
        assertThat(now.lines()).hasSize(2);
        HeldSubmission h = held.get(club.club().id(), id, AreaScope.nation());
        assertThat(h.resolution().outcome()).isEqualTo(HeldSubmission.Outcome.KEPT_SENT);
        assertThat(h.resolution().by()).isNotBlank();
        assertThat(waiting()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where target = :t and action = 'meeting.held.decided'")
                .param("t", "meeting:" + recorded.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.get().uri("/clubs/" + club.club().id()).with(officer)).hasStatusOk().bodyText()
                .doesNotContain("held-meetings");
    }

    @Test
    void keepingTheCurrentVersionDecidesItWithoutChangingTheMeeting() {
        aMeetingChangedByTheOfficer();
        UUID id = send(UUID.randomUUID());

        assertThat(mvc.post().uri("/clubs/" + club.club().id() + "/meetings/held/" + id + "/keep-current").with(csrf())
                .with(board)).hasStatus3xxRedirection().hasRedirectedUrl("/clubs/" + club.club().id());

        Meeting now = meetings.get(recorded.id(), AreaScope.nation());
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.place()).isEqualTo("Sân đình");
        assertThat(held.get(club.club().id(), id, AreaScope.nation()).resolution().outcome())
                .isEqualTo(HeldSubmission.Outcome.KEPT_CURRENT);
        assertThat(waiting()).isZero();
        assertThat(mvc.post().uri("/clubs/" + club.club().id() + "/meetings/held/" + id + "/keep-sent").with(csrf())
                .with(board)).hasStatus3xxRedirection().flash().containsKey("failure");
    }

    @Test
    void keepingTheSentVersionIsRefusedWithAClearMessageWhenAMemberHasLeft() {
        aMeetingChangedByTheOfficer();
        UUID id = send(UUID.randomUUID());
        UUID membership = members.membersOf(club.club().id(), day, AreaScope.nation()).stream()
                .filter(r -> r.person().id().equals(club.people().get(1))).findFirst().orElseThrow().membershipId();
        members.leave(membership, day.minusDays(1), LeavingReason.MOVED, "test", AreaScope.nation());
        String page = "/clubs/" + club.club().id() + "/meetings/held/" + id;

        var result = mvc.post().uri(page + "/keep-sent").with(csrf()).with(officer).exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(page).flash().containsKey("failure");
        assertThat(result.getMvcResult().getFlashMap().get("failure").toString()).contains(club.names().get(1));
        assertThat(meetings.get(recorded.id(), AreaScope.nation()).version()).isEqualTo(2);
        assertThat(waiting()).isEqualTo(1);
    }

    @Test
    void thePhoneDecidesItsHeldSaveWhenItKeepsItsOwnOrTakesTheServers() {
        aMeetingChangedByTheOfficer();
        UUID kept = UUID.randomUUID();
        UUID keptId = send(kept);
        String api = "/api/v1/clubs/" + club.club().id() + "/meetings";
        String again = phoneSave(UUID.randomUUID()).replace("\"version\":1", "\"version\":2");
        assertThat(mvc.post().uri(api + "?resolves=" + kept).with(csrf()).with(board)
                .contentType(MediaType.APPLICATION_JSON).content(again)).hasStatus(201);
        assertThat(held.get(club.club().id(), keptId, AreaScope.nation()).resolution().outcome())
                .isEqualTo(HeldSubmission.Outcome.KEPT_SENT);

        recorded = meetings.get(recorded.id(), AreaScope.nation());
        UUID dropped = UUID.randomUUID();
        String stale = phoneSave(dropped).replace("Nhà văn hoá", "Trạm y tế");
        assertThat(mvc.post().uri(api).with(csrf()).with(board).contentType(MediaType.APPLICATION_JSON).content(stale))
                .hasStatus(409);
        assertThat(waiting()).isEqualTo(1);
        assertThat(mvc.post().uri(api + "/held/" + dropped + "/dropped").with(csrf()).with(board)).hasStatus(204);
        assertThat(waiting()).isZero();
        assertThat(jdbc.sql("select resolution from held_meeting_submission where client_id = :c").param("c", dropped)
                .query(String.class).single()).isEqualTo("DROPPED_ON_PHONE");
    }

    @Test
    void aSaveRefusedBecauseAMemberLeftIsHeldWithTheReasonAndDecidedWhenSentAgainCorrected() throws Exception {
        aMeetingChangedByTheOfficer();
        UUID membership = members.membersOf(club.club().id(), day, AreaScope.nation()).stream()
                .filter(r -> r.person().id().equals(club.people().get(1))).findFirst().orElseThrow().membershipId();
        members.leave(membership, day.minusDays(1), LeavingReason.MOVED, "test", AreaScope.nation());
        UUID clientId = UUID.randomUUID();
        String api = "/api/v1/clubs/" + club.club().id() + "/meetings";
        String sent = phoneSave(clientId).replace("\"version\":1", "\"version\":2");
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post().uri(api).with(csrf()).with(board).contentType(MediaType.APPLICATION_JSON)
                    .content(sent)).hasStatus(422);
        }
        assertThat(waiting()).as("held once").isEqualTo(1);
        HeldSubmission h = held.waiting(club.club().id(), AreaScope.nation()).get(0);
        assertThat(h.refusal().reason()).isEqualTo(HeldSubmission.Reason.REFUSED);
        assertThat(h.meetingId()).isEqualTo(recorded.id());
        assertThat(h.refusal().problems()).extracting(Problem::messageKey).contains("meetings.row.notMember");

        // The board and the officer see it on the club's page with the reason, naming the member.
        String clubPage = mvc.get().uri("/clubs/" + club.club().id()).with(officer).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(clubPage).contains("held-" + h.id()).contains(club.names().get(1));
        String heldPage = mvc.get().uri("/clubs/" + club.club().id() + "/meetings/held/" + h.id()).with(board)
                .exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(heldPage).contains("held-problems").contains(club.names().get(1));
        assertThat(meetings.get(recorded.id(), AreaScope.nation()).version()).as("nothing saved").isEqualTo(2);

        // The phone sends it again without the member who left, under the same client id: saved, and decided.
        String corrected = """
                {"id":"%s","version":2,"heldOn":"%s","place":"Nhà văn hoá","finished":false,"clientId":"%s",
                 "rows":[{"personId":"%s","status":"PRESENT"}]}""".formatted(recorded.id(), day, clientId,
                club.people().get(0));
        assertThat(mvc.post().uri(api).with(csrf()).with(board).contentType(MediaType.APPLICATION_JSON)
                .content(corrected)).hasStatus(201);
        assertThat(waiting()).isZero();
        assertThat(held.get(club.club().id(), h.id(), AreaScope.nation()).resolution().outcome())
                .isEqualTo(HeldSubmission.Outcome.KEPT_SENT);
    }
}
