package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ishc.reporting.ClubRecordsFixtures.aClubFoundedOn;
import static vn.ishc.reporting.FamilyFacts.value;
import static vn.ishc.reporting.Indicator.BOOKS_EXPECTED;
import static vn.ishc.reporting.Indicator.BOOKS_KEYED;
import static vn.ishc.reporting.Indicator.CLUBS_MET_MONTHLY;
import static vn.ishc.reporting.Indicator.MEETINGS_HELD;
import static vn.ishc.reporting.Indicator.MEETING_ATTENDANCE;
import static vn.ishc.reporting.Indicator.MEETING_ATTENDANCE_EXPECTED;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ishc.members.Person;

class MeetingFiguresTest {

    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 10);
    static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);

    @Test
    void aMeetingCountsTheMembersPresentOnItsDayAndNotAGuest() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1960, 1, 1)).joined(FOUNDED);
        // Bình comes in February, before he joins in March: not a member's attendance.
        UUID binh = club.member(Person.Sex.M).born(LocalDate.of(1960, 1, 1)).joined(LocalDate.of(2024, 3, 5));
        club.meeting(LocalDate.of(2024, 2, 15), hoa, binh, UUID.randomUUID());
        ClubFacts facts = new ClubFacts(club.build(), END_OF_2024);
        YearMonth february = YearMonth.of(2024, 2);

        new MeetingFigures(facts).flows(february, february.atDay(1), february.atEndOfMonth());

        assertThat(value(facts, february, MEETINGS_HELD, "")).isEqualTo(1);
        assertThat(value(facts, february, MEETING_ATTENDANCE, "")).isEqualTo(1);
        assertThat(value(facts, february, MEETING_ATTENDANCE, "SEX=F")).isEqualTo(1);
        assertThat(value(facts, february, MEETING_ATTENDANCE, "SEX=M")).isZero();
        assertThat(value(facts, february, MEETING_ATTENDANCE_EXPECTED, "")).isEqualTo(1);
    }

    @Test
    void aClubMetMonthlyOnlyWhereEveryMonthOfThePeriodFromItsFoundingHadAMeeting() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        club.meeting(LocalDate.of(2024, 1, 20)).meeting(LocalDate.of(2024, 2, 15)).meeting(LocalDate.of(2024, 3, 15))
                .meeting(LocalDate.of(2024, 4, 12)).meeting(LocalDate.of(2024, 6, 14));
        ClubFacts facts = new ClubFacts(club.build(), END_OF_2024);
        MeetingFigures figures = new MeetingFigures(facts);
        Period first = Period.quarter(2024, 1);
        Period second = Period.quarter(2024, 2);

        figures.period(first, first.start(), first.end());
        figures.period(second, second.start(), second.end());
        figures.book(YearMonth.of(2024, 5));

        assertThat(value(facts, first, CLUBS_MET_MONTHLY, "")).isEqualTo(1);
        assertThat(value(facts, second, CLUBS_MET_MONTHLY, "")).as("no meeting in May").isZero();
        assertThat(value(facts, YearMonth.of(2024, 5), BOOKS_EXPECTED, "")).isEqualTo(1);
        assertThat(value(facts, YearMonth.of(2024, 5), BOOKS_KEYED, "")).isZero();
    }
}
