package vn.ishc.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** A club's paper meeting book of several months keyed at once: all of it saved, or none of it. */
@SpringBootTest
@RecordApplicationEvents
class MeetingBookTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 5);
    static final List<LocalDate> MONTHS = List.of(LocalDate.of(2024, 2, 21), LocalDate.of(2024, 3, 21),
            LocalDate.of(2024, 4, 21));

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

    /**
     * A month of the book: the last member excused, the others present, the first two of them measured
     * (the first with the systolic given).
     */
    static MeetingEntry month(LocalDate day, List<UUID> people, int firstSystolic) {
        List<MeetingEntry.Row> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            boolean present = i < people.size() - 1;
            ReadingValues reading = !present ? null
                    : i == 0 ? new ReadingValues(firstSystolic, 90, 76, new BigDecimal("50.5"), null)
                    : i == 1 ? new ReadingValues(125, 80, 70, null, null) : null;
            rows.add(new MeetingEntry.Row(people.get(i), present ? AttendanceStatus.PRESENT : AttendanceStatus.EXCUSED,
                    reading));
        }
        return new MeetingEntry(UUID.randomUUID(), null, day, "Nhà văn hoá", "Phòng chống té ngã", null, 1, null, rows);
    }

    long count(String sql, UUID clubId) {
        return jdbc.sql(sql).param("c", clubId).query(Long.class).single();
    }

    @Test
    void threeMonthsOfABookAreSavedWithTheirAttendanceReadingsAndVersionsAndEachIsPublished() {
        ClubWithMembers c = aClub(4);
        List<MeetingEntry> book = MONTHS.stream().map(d -> month(d, c.people(), 140)).toList();

        List<Meeting> saved = meetings.recordAll(c.club().id(), book, "can-bo-xa", NATION);

        assertThat(saved).extracting(Meeting::heldOn).containsExactlyElementsOf(MONTHS);
        assertThat(saved).extracting(Meeting::id).containsExactlyElementsOf(book.stream().map(MeetingEntry::id).toList());
        assertThat(calendar.list(c.club().id(), NATION)).hasSize(3)
                .allSatisfy(s -> {
                    assertThat(s.present()).isEqualTo(3);
                    assertThat(s.excused()).isEqualTo(1);
                    assertThat(s.readings()).isEqualTo(2);
                    assertThat(s.version()).isEqualTo(1);
                });
        Meeting march = meetings.get(saved.get(1).id(), NATION);
        assertThat(march.lines()).filteredOn(l -> l.personId().equals(c.people().get(0))).singleElement()
                .satisfies(l -> {
                    assertThat(l.reading().values().systolic()).isEqualTo(140);
                    assertThat(l.reading().level()).isEqualTo(PressureLevel.HIGH);
                    assertThat(l.reading().takenOn()).isEqualTo(MONTHS.get(1));
                    assertThat(l.reading().originId()).isEqualTo(march.id());
                });
        assertThat(count("select count(*) from attendance a join meeting m on m.id = a.meeting_id where m.club_id = :c",
                c.club().id())).isEqualTo(12);
        assertThat(count("select count(*) from meeting_version v join meeting m on m.id = v.meeting_id where m.club_id = :c",
                c.club().id())).isEqualTo(3);
        assertThat(events.stream(MeetingRecorded.class).filter(e -> e.clubId().equals(c.club().id())))
                .extracting(MeetingRecorded::heldOn).containsExactlyElementsOf(MONTHS);
        assertThat(events.stream(MeetingRecorded.class).filter(e -> e.clubId().equals(c.club().id())))
                .allSatisfy(e -> {
                    assertThat(e.correction()).isFalse();
                    assertThat(e.present()).isEqualTo(3);
                    assertThat(e.readings()).isEqualTo(2);
                });
        assertThat(events.stream(AttendanceRecorded.class).filter(e -> e.clubId().equals(c.club().id())))
                .hasSize(3).allSatisfy(e -> assertThat(e.attendance()).hasSize(4));
        assertThat(events.stream(ReadingRecorded.class).filter(e -> e.clubId().equals(c.club().id()))).hasSize(6);
        assertThat(audit.forTarget("meeting:" + saved.get(2).id(), 5)).singleElement()
                .satisfies(l -> assertThat(l.action()).isEqualTo("meeting.recorded"));
    }

    @Test
    void aBadReadingInTheSecondMonthRefusesTheWholeBookNamingTheDateAndTheMember() {
        ClubWithMembers c = aClub(3);
        List<MeetingEntry> book = List.of(month(MONTHS.get(0), c.people(), 140), month(MONTHS.get(1), c.people(), 300),
                month(MONTHS.get(2), c.people(), 135));

        assertThatThrownBy(() -> meetings.recordAll(c.club().id(), book, "can-bo-xa", NATION))
                .isInstanceOfSatisfying(RefusedMeetingInBook.class, e -> {
                    assertThat(e.position()).isEqualTo(2);
                    assertThat(e.heldOn()).isEqualTo(MONTHS.get(1));
                    assertThat(e.messageKey()).isEqualTo("meetings.book.refused");
                    assertThat(e.arguments()).containsExactly("21/03/2024", 2);
                    assertThat(e.problems()).extracting(Problem::field)
                            .containsExactly("meetings[1].heldOn", "meetings[1].rows[0].systolic");
                    assertThat(e.problems().get(1).messageKey()).isEqualTo("health.systolic.range");
                    assertThat(e.problems().get(1).arguments()).contains(c.names().get(0), 300);
                });
        assertThat(calendar.list(c.club().id(), NATION)).isEmpty();
        assertThat(count("select count(*) from health_reading where club_id = :c", c.club().id())).isZero();
        assertThat(events.stream(MeetingRecorded.class).filter(e -> e.clubId().equals(c.club().id()))).isEmpty();
    }

    @Test
    void aBookSentAgainChangesNothingAndADateAlreadyRecordedOrTwiceInTheBookIsRefused() {
        ClubWithMembers c = aClub(2);
        List<MeetingEntry> book = MONTHS.stream().map(d -> month(d, c.people(), 140)).toList();
        meetings.recordAll(c.club().id(), book, "can-bo-xa", NATION);

        List<Meeting> again = meetings.recordAll(c.club().id(), book, "can-bo-xa", NATION);

        assertThat(again).extracting(Meeting::version).containsExactly(1, 1, 1);
        assertThat(calendar.list(c.club().id(), NATION)).hasSize(3);
        assertThatThrownBy(() -> meetings.recordAll(c.club().id(),
                List.of(month(LocalDate.of(2024, 5, 21), c.people(), 130), month(MONTHS.get(0), c.people(), 130)),
                "can-bo-xa", NATION))
                .isInstanceOfSatisfying(RefusedMeetingInBook.class, e -> {
                    assertThat(e.position()).isEqualTo(2);
                    assertThat(e.problems().get(1).messageKey()).isEqualTo("meetings.book.dateTaken");
                });
        assertThatThrownBy(() -> meetings.recordAll(c.club().id(),
                List.of(month(LocalDate.of(2024, 6, 21), c.people(), 130), month(LocalDate.of(2024, 6, 21), c.people(), 130)),
                "can-bo-xa", NATION))
                .isInstanceOfSatisfying(RefusedMeetingInBook.class, e -> {
                    assertThat(e.position()).isEqualTo(2);
                    assertThat(e.problems().get(1).messageKey()).isEqualTo("meetings.book.sameDate");
                });
        assertThat(calendar.list(c.club().id(), NATION)).hasSize(3);
    }
}
