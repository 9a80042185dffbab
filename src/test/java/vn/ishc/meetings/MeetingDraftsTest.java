package vn.ishc.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** A meeting saved part way is a draft, finished later; a save sent again from a phone saves once. */
@SpringBootTest
class MeetingDraftsTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    Clock clock;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    MeetingFacts facts;
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

    LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    ClubWithMembers aClub(int size) {
        return MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001", today().minusYears(1), size);
    }

    /** The first {@code marked} members present (the first one measured), the others not marked yet: no row. */
    static MeetingEntry partly(UUID id, Integer version, LocalDate day, List<UUID> people, int marked, boolean finished,
                               UUID clientId) {
        List<MeetingEntry.Row> rows = new ArrayList<>();
        for (int i = 0; i < marked; i++) {
            rows.add(new MeetingEntry.Row(people.get(i), AttendanceStatus.PRESENT,
                    i == 0 ? new ReadingValues(130, 80, 76, new BigDecimal("52.5"), null) : null));
        }
        return new MeetingEntry(id, version, day, "Nhà văn hoá", null, null, 0, null, rows, finished, clientId);
    }

    long rows(String table, UUID meetingId) {
        return jdbc.sql("select count(*) from " + table + " where meeting_id = :m").param("m", meetingId)
                .query(Long.class).single();
    }

    @Test
    void aMeetingWithThreeOf41MarkedIsSavedAsADraftAndFinishedLater() {
        ClubWithMembers c = aClub(41);
        LocalDate day = today().minusDays(1);
        Meeting draft = meetings.record(c.club().id(), partly(UUID.randomUUID(), null, day, c.people(), 3, false, null),
                "board", NATION);

        assertThat(draft.status()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(draft.lines()).hasSize(3);
        assertThat(rows("attendance", draft.id())).isEqualTo(3);
        assertThat(calendar.list(c.club().id(), NATION)).singleElement().satisfies(m -> assertThat(m.draft()).isTrue());
        assertThat(facts.meetings(List.of(c.club().id()), NATION)).as("a draft is not counted").isEmpty();
        assertThat(facts.readings(List.of(c.club().id()), NATION)).as("nor its readings").isEmpty();

        assertThatThrownBy(() -> meetings.record(c.club().id(), partly(draft.id(), draft.version(), day, c.people(), 40,
                true, null), "board", NATION))
                .isInstanceOfSatisfying(RefusedEntry.class, e -> {
                    assertThat(e.problems()).as("one message naming who is missing").singleElement()
                            .satisfies(p -> assertThat(p.messageKey()).isEqualTo("meetings.row.missing"));
                    assertThat(e.problems().get(0).arguments()).containsExactly(c.names().get(40));
                });
        Meeting finished = meetings.record(c.club().id(), partly(draft.id(), draft.version(), day, c.people(), 41, true,
                null), "board", NATION);

        assertThat(finished.status()).isEqualTo(MeetingStatus.FINISHED);
        assertThat(finished.lines()).hasSize(41);
        assertThat(facts.meetings(List.of(c.club().id()), NATION)).singleElement()
                .satisfies(h -> assertThat(h.present()).hasSize(41));
        assertThat(facts.readings(List.of(c.club().id()), NATION)).hasSize(1);
    }

    @Test
    void finishingNamesEveryMemberNotMarkedInOneMessage() {
        ClubWithMembers c = aClub(41);
        assertThatThrownBy(() -> meetings.record(c.club().id(), partly(UUID.randomUUID(), null, today(), c.people(), 3,
                true, null), "board", NATION))
                .isInstanceOfSatisfying(RefusedEntry.class, e -> {
                    assertThat(e.problems()).singleElement()
                            .satisfies(p -> assertThat(p.messageKey()).isEqualTo("meetings.row.missingMany"));
                    assertThat(e.problems().get(0).arguments()[0]).isEqualTo(38);
                    assertThat((String) e.problems().get(0).arguments()[1]).contains(c.names().get(3), c.names().get(40));
                });
    }

    @Test
    void aDraftSentWithEveryMemberAndOnlySomeMarkedKeepsTheMarkedOnes() {
        ClubWithMembers c = aClub(4);
        List<MeetingEntry.Row> rows = List.of(new MeetingEntry.Row(c.people().get(0), AttendanceStatus.ABSENT, null),
                new MeetingEntry.Row(c.people().get(1), null, null), new MeetingEntry.Row(c.people().get(2), null, null),
                new MeetingEntry.Row(c.people().get(3), null, null));
        Meeting draft = meetings.record(c.club().id(), new MeetingEntry(null, null, today(), null, null, null, 0, null,
                rows, false, null), "board", NATION);
        assertThat(draft.lines()).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo(AttendanceStatus.ABSENT));
    }

    @Test
    void aDraftMayBePreparedBeforeTheMeetingDayButNotFinishedBeforeIt() {
        ClubWithMembers c = aClub(3);
        LocalDate ahead = today().plusDays(10);
        Meeting draft = meetings.record(c.club().id(), partly(UUID.randomUUID(), null, ahead, c.people(), 1, false, null),
                "board", NATION);
        assertThat(draft.draft()).isTrue();
        assertThatThrownBy(() -> meetings.record(c.club().id(), partly(draft.id(), draft.version(), ahead, c.people(), 3,
                true, null), "board", NATION))
                .isInstanceOfSatisfying(RefusedEntry.class, e -> assertThat(e.problems()).extracting(Problem::messageKey)
                        .containsExactly("meetings.heldOn.future"));
    }

    @Test
    void aSaveSentTwiceWithTheSameClientIdIsSavedOnce() {
        ClubWithMembers c = aClub(5);
        UUID id = UUID.randomUUID();
        UUID sent = UUID.randomUUID();
        LocalDate day = today().minusDays(2);
        Meeting first = meetings.record(c.club().id(), partly(id, null, day, c.people(), 2, false, sent), "board", NATION);
        // The answer was lost; the phone sends the same save again, after it was corrected at the desk meanwhile.
        Meeting corrected = meetings.record(c.club().id(), partly(id, first.version(), day, c.people(), 4, false, null),
                "officer", NATION);
        Meeting again = meetings.record(c.club().id(), partly(id, null, day, c.people(), 2, false, sent), "board", NATION);

        assertThat(again.version()).isEqualTo(corrected.version());
        assertThat(again.lines()).hasSize(4);
        assertThat(rows("meeting_version", id)).isEqualTo(2);
    }

    @Test
    void aSaveOnAnEarlierVersionIsRefusedAsChangedMeanwhile() {
        ClubWithMembers c = aClub(3);
        LocalDate day = today().minusDays(3);
        Meeting v1 = meetings.record(c.club().id(), partly(UUID.randomUUID(), null, day, c.people(), 1, false, null),
                "board", NATION);
        meetings.record(c.club().id(), partly(v1.id(), 1, day, c.people(), 2, false, null), "officer", NATION);

        assertThatThrownBy(() -> meetings.record(c.club().id(), partly(v1.id(), 1, day, c.people(), 3, true,
                UUID.randomUUID()), "board", NATION))
                .isInstanceOf(MeetingChangedMeanwhile.class);
    }

    @Test
    void thisMonthsMeetingIsTheDraftIfThereIsOneElseTheMonthsMeetingDay() {
        ClubWithMembers c = aClub(3);
        MeetingCalendar.MonthMeeting fresh = calendar.thisMonth(c.club().id(), NATION);
        assertThat(fresh.recorded()).isFalse();
        assertThat(fresh.day().getMonth()).isEqualTo(today().getMonth());
        assertThat(fresh.day().getYear()).isEqualTo(today().getYear());

        Meeting draft = meetings.record(c.club().id(), partly(UUID.randomUUID(), null, fresh.day(), c.people(), 1, false,
                null), "board", NATION);
        MeetingCalendar.MonthMeeting going = calendar.thisMonth(c.club().id(), NATION);
        assertThat(going.draft()).isTrue();
        assertThat(going.meetingId()).isEqualTo(draft.id());
    }
}
