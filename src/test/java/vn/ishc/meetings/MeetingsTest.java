package vn.ishc.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.AuditLog;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

@SpringBootTest
@RecordApplicationEvents
class MeetingsTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2024, 3, 1);
    static final LocalDate MARCH = LocalDate.of(2024, 3, 21);

    @Autowired
    Meetings meetings;
    @Autowired
    MeetingCalendar calendar;
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
    AuditLog audit;
    @Autowired
    ApplicationEvents events;

    ClubWithMembers aClub(int size) {
        return MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001", FOUNDED, size);
    }

    static MeetingEntry.Row row(UUID person, AttendanceStatus status, ReadingValues reading) {
        return new MeetingEntry.Row(person, status, reading);
    }

    static ReadingValues bp(int systolic, int diastolic, Boolean referral) {
        return new ReadingValues(systolic, diastolic, 78, new BigDecimal("52.5"), referral);
    }

    long count(String table, UUID clubId) {
        return jdbc.sql("select count(*) from " + table + " where club_id = :c").param("c", clubId).query(Long.class).single();
    }

    @Test
    void recordsAWholeMeetingWithAttendanceGuestsAndReadingsAndPublishesEachFact() {
        ClubWithMembers c = aClub(5);
        List<UUID> p = c.people();
        MeetingEntry entry = new MeetingEntry(null, null, MARCH, "Nhà văn hoá", "Phòng chống đột quỵ", "Kế hoạch tháng 4",
                3, "Trạm trưởng trạm y tế", List.of(row(p.get(0), AttendanceStatus.PRESENT, bp(150, 95, null)),
                row(p.get(1), AttendanceStatus.PRESENT, null), row(p.get(2), AttendanceStatus.EXCUSED, null),
                row(p.get(3), AttendanceStatus.ABSENT, null), row(p.get(4), AttendanceStatus.PRESENT, bp(185, 115, true))));

        Meeting saved = meetings.record(c.club().id(), entry, "chu-nhiem", NATION);

        Meeting m = meetings.get(saved.id(), NATION);
        assertThat(m.count(AttendanceStatus.PRESENT)).isEqualTo(3);
        assertThat(m.count(AttendanceStatus.EXCUSED)).isEqualTo(1);
        assertThat(m.guests()).isEqualTo(3);
        java.util.Map<UUID, Meeting.Line> byPerson = new java.util.HashMap<>();
        m.lines().forEach(l -> byPerson.put(l.personId(), l));
        assertThat(p).extracting(id -> byPerson.get(id).reading() == null ? null : byPerson.get(id).reading().level())
                .containsExactly(PressureLevel.HIGH, null, null, null, PressureLevel.URGENT);
        assertThat(byPerson.get(p.get(4)).reading().values().referralMade()).isTrue();
        assertThat(m.lines()).extracting(Meeting.Line::fullName).isSorted();
        assertThat(byPerson.get(p.get(0)).reading()).satisfies(r -> {
            assertThat(r.origin()).isEqualTo(ReadingOrigin.MEETING);
            assertThat(r.originId()).isEqualTo(saved.id());
            assertThat(r.takenOn()).isEqualTo(MARCH);
        });
        assertThat(events.stream(MeetingRecorded.class).filter(e -> e.meetingId().equals(saved.id())))
                .singleElement().satisfies(e -> {
                    assertThat(e.correction()).isFalse();
                    assertThat(e.present()).isEqualTo(3);
                    assertThat(e.readings()).isEqualTo(2);
                    assertThat(e.communePath()).isNotEmpty();
                    assertThat(e.communeId()).isEqualTo(c.club().communeId());
                });
        assertThat(events.stream(AttendanceRecorded.class).filter(e -> e.meetingId().equals(saved.id())))
                .singleElement().satisfies(e -> assertThat(e.attendance()).hasSize(5));
        assertThat(events.stream(ReadingRecorded.class).filter(e -> e.clubId().equals(c.club().id())))
                .extracting(ReadingRecorded::systolic, ReadingRecorded::level)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(150, PressureLevel.HIGH),
                        org.assertj.core.groups.Tuple.tuple(185, PressureLevel.URGENT));
        assertThat(audit.forTarget("meeting:" + saved.id(), 5)).singleElement()
                .satisfies(l -> assertThat(l.action()).isEqualTo("meeting.recorded"));
    }

    @Test
    void aSecondMeetingOnTheSameDateOpensTheFirstAndARetryAddsNothing() {
        ClubWithMembers c = aClub(2);
        UUID id = UUID.randomUUID();
        MeetingEntry entry = MeetingFixtures.everyonePresent(id, MARCH, c.people());
        meetings.record(c.club().id(), entry, "t", NATION);
        meetings.record(c.club().id(), entry, "t", NATION);

        assertThatThrownBy(() -> meetings.record(c.club().id(), MeetingFixtures.everyonePresent(null, MARCH, c.people()),
                "t", NATION))
                .isInstanceOfSatisfying(MeetingAlreadyRecorded.class, e -> assertThat(e.existingId()).isEqualTo(id));
        assertThatThrownBy(() -> meetings.record(c.club().id(), MeetingFixtures.everyonePresent(null, MARCH, List.of()),
                "t", NATION))
                .isInstanceOf(MeetingAlreadyRecorded.class);
        assertThat(calendar.list(c.club().id(), NATION)).singleElement()
                .satisfies(s -> assertThat(s.version()).isEqualTo(1));
    }

    @Test
    void refusesADateInTheFutureOrBeforeTheClubWasFoundedNamingTheDate() {
        ClubWithMembers c = aClub(1);
        LocalDate tomorrow = BusinessCalendar.today(clock).plusDays(2);

        assertThatThrownBy(() -> meetings.record(c.club().id(), MeetingFixtures.everyonePresent(null, tomorrow, c.people()),
                "t", NATION))
                .isInstanceOf(RefusedEntry.class).hasFieldOrPropertyWithValue("field", "heldOn")
                .hasFieldOrPropertyWithValue("messageKey", "meetings.heldOn.future");
        assertThatThrownBy(() -> meetings.record(c.club().id(),
                MeetingFixtures.everyonePresent(null, FOUNDED.minusDays(1), c.people()), "t", NATION))
                .isInstanceOf(RefusedEntry.class).hasFieldOrPropertyWithValue("messageKey", "meetings.heldOn.beforeFounding");
        assertThat(calendar.list(c.club().id(), NATION)).isEmpty();
    }

    @Test
    void refusesSomeoneWhoWasNotAMemberOnTheMeetingDateNamingTheRowAndTheName() {
        ClubWithMembers c = aClub(2);
        ClubWithMembers other = aClub(1);
        List<UUID> people = new java.util.ArrayList<>(c.people());
        people.add(other.people().get(0));

        assertThatThrownBy(() -> meetings.record(c.club().id(), MeetingFixtures.everyonePresent(null, MARCH, people), "t", NATION))
                .isInstanceOfSatisfying(RefusedEntry.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(pr -> {
                        assertThat(pr.field()).isEqualTo("rows[2].personId");
                        assertThat(pr.messageKey()).isEqualTo("meetings.row.notMember");
                        assertThat(pr.arguments()).containsExactly(3, other.names().get(0), "21/03/2024");
                    });
                });
        assertThat(calendar.list(c.club().id(), NATION)).isEmpty();
    }

    @Test
    void refusesImplausibleReadingsAndMissingAnswersNamingEachMemberAndSavesNothing() {
        ClubWithMembers c = aClub(4);
        List<UUID> p = c.people();
        MeetingEntry entry = new MeetingEntry(null, null, MARCH, null, null, null, 0, null, List.of(
                row(p.get(0), AttendanceStatus.PRESENT, bp(300, 95, null)),
                row(p.get(1), null, null),
                row(p.get(2), AttendanceStatus.ABSENT, bp(120, 80, null)),
                row(p.get(3), AttendanceStatus.PRESENT, bp(190, 100, null))));

        assertThatThrownBy(() -> meetings.record(c.club().id(), entry, "t", NATION))
                .isInstanceOfSatisfying(RefusedEntry.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("rows[0].systolic", "health.systolic.range"),
                                org.assertj.core.groups.Tuple.tuple("rows[1].status", "meetings.row.noStatus"),
                                org.assertj.core.groups.Tuple.tuple("rows[2].status", "meetings.row.readingWhenAway"),
                                org.assertj.core.groups.Tuple.tuple("rows[3].referralMade", "health.referral.ask")));
        assertThat(calendar.list(c.club().id(), NATION)).isEmpty();
        assertThat(count("health_reading", c.club().id())).isZero();
    }

    @Test
    void correctingAMeetingKeepsEveryEarlierVersionAndTheEarlierReadings() {
        ClubWithMembers c = aClub(3);
        List<UUID> p = c.people();
        MeetingEntry first = MeetingFixtures.withRow(MeetingFixtures.everyonePresent(null, MARCH, p), 0,
                row(p.get(0), AttendanceStatus.PRESENT, bp(150, 95, null)));
        Meeting v1 = meetings.record(c.club().id(), first, "xa", NATION);

        MeetingEntry second = MeetingFixtures.withRow(new MeetingEntry(v1.id(), 1, MARCH, "Sân đình", first.learningTopic(),
                null, 0, null, first.rows()), 0, row(p.get(0), AttendanceStatus.PRESENT, bp(135, 85, null)));
        second = MeetingFixtures.withRow(second, 1, row(p.get(1), AttendanceStatus.EXCUSED, null));
        Meeting v2 = meetings.record(c.club().id(), second, "xa", NATION);

        assertThat(v2.version()).isEqualTo(2);
        assertThat(meetings.versions(v1.id(), NATION)).extracting(MeetingVersion::version).containsExactly(2, 1);
        assertThat(meetings.versions(v1.id(), NATION).get(1).content()).contains("Nhà văn hoá thôn").contains("150");
        assertThat(audit.forTarget("meeting:" + v1.id(), 5).get(0)).satisfies(l -> {
            assertThat(l.action()).isEqualTo("meeting.corrected");
            assertThat(l.detail()).contains("Sân đình").contains("Nhà văn hoá thôn").doesNotContain("135");
        });
        assertThat(jdbc.sql("select systolic from health_reading_history where person_id = :p").param("p", p.get(0))
                .query(Integer.class).list()).containsExactly(150);
        assertThat(events.stream(ReadingRecorded.class).filter(e -> e.personId().equals(p.get(0))))
                .extracting(ReadingRecorded::correction).containsExactly(false, true);

        MeetingEntry third = MeetingFixtures.withRow(new MeetingEntry(v1.id(), 2, MARCH, "Sân đình", first.learningTopic(),
                null, 0, null, second.rows()), 0, row(p.get(0), AttendanceStatus.PRESENT, null));
        meetings.record(c.club().id(), third, "xa", NATION);
        assertThat(events.stream(ReadingWithdrawn.class).filter(e -> e.personId().equals(p.get(0)))).hasSize(1);
        assertThat(count("health_reading", c.club().id())).isZero();

        MeetingEntry stale = new MeetingEntry(v1.id(), 1, MARCH, "Chỗ khác", null, null, 0, null, second.rows());
        assertThatThrownBy(() -> meetings.record(c.club().id(), stale, "xa", NATION))
                .hasFieldOrPropertyWithValue("messageKey", "meetings.changedMeanwhile");
    }

    @Test
    void theNextMeetingFollowsTheFixedDayAndMonthsWithoutAMeetingAreListed() {
        ClubWithMembers c = aClub(1);
        meetings.record(c.club().id(), MeetingFixtures.everyonePresent(null, MARCH, c.people()), "t", NATION);
        meetings.record(c.club().id(), MeetingFixtures.everyonePresent(null, LocalDate.of(2024, 5, 20), c.people()), "t", NATION);

        assertThat(calendar.monthsWithoutMeeting(c.club().id(), YearMonth.of(2024, 1), YearMonth.of(2024, 7), NATION))
                .containsExactly(YearMonth.of(2024, 4), YearMonth.of(2024, 6), YearMonth.of(2024, 7));
        assertThat(calendar.heldIn(c.club().id(), YearMonth.of(2024, 5), NATION)).singleElement()
                .satisfies(s -> assertThat(s.present()).isEqualTo(1));
        assertThat(calendar.heldIn(c.club().id(), YearMonth.of(2024, 4), NATION)).isEmpty();
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate next = calendar.nextMeetingDate(c.club().id(), NATION);
        assertThat(next.getDayOfMonth()).isEqualTo(21);
        assertThat(next).isAfterOrEqualTo(today).isBefore(today.plusMonths(1).plusDays(1));
    }
}
