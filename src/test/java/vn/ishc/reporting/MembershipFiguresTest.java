package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ishc.reporting.ClubRecordsFixtures.aClubFoundedOn;
import static vn.ishc.reporting.FamilyFacts.value;
import static vn.ishc.reporting.Indicator.CLUBS_ACTIVE;
import static vn.ishc.reporting.Indicator.CLUBS_NEW;
import static vn.ishc.reporting.Indicator.CLUBS_STANDARD_OK;
import static vn.ishc.reporting.Indicator.MEMBERS;
import static vn.ishc.reporting.Indicator.MEMBERS_LEFT;
import static vn.ishc.reporting.Indicator.MEMBERS_NEW;
import static vn.ishc.reporting.Indicator.MEMBERS_NEW_OLDER;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ishc.members.Household;
import vn.ishc.members.Person;

class MembershipFiguresTest {

    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 10);
    static final YearMonth JUNE = YearMonth.of(2024, 6);

    @Test
    void joinersAndLeaversCountInTheirMonthAndTheOlderAmongJoinersByTheirAgeOnTheDayTheyJoined() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        // Hoa joins on 10 June, turning 60 on the 15th: not an older joiner. Phương joins on 30 June at 74.
        club.member(Person.Sex.F).born(LocalDate.of(1964, 6, 15)).joined(LocalDate.of(2024, 6, 10));
        club.member(Person.Sex.F).born(LocalDate.of(1950, 1, 1)).joined(LocalDate.of(2024, 6, 30));
        club.member(Person.Sex.M).born(LocalDate.of(1950, 1, 1)).left(LocalDate.of(2024, 6, 15)).joined(FOUNDED);
        ClubFacts facts = new ClubFacts(club.build(), LocalDate.of(2024, 12, 31));

        new MembershipFigures(facts).month(JUNE, JUNE.atDay(1), JUNE.atEndOfMonth());

        assertThat(value(facts, JUNE, CLUBS_ACTIVE, "")).isEqualTo(1);
        assertThat(value(facts, JUNE, CLUBS_NEW, "")).isZero();
        assertThat(value(facts, JUNE, MEMBERS_NEW, "")).isEqualTo(2);
        assertThat(value(facts, JUNE, MEMBERS_NEW, "SEX=F")).isEqualTo(2);
        assertThat(value(facts, JUNE, MEMBERS_NEW_OLDER, "")).isEqualTo(1);
        assertThat(value(facts, JUNE, MEMBERS_LEFT, "")).isEqualTo(1);
    }

    @Test
    void membersAreCountedByAgeBandAndHouseholdOnTheMonthsLastDayAndTheStandardAsksForFiftyMembers() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        // Đào turns 80 on 30 June, the month's last day.
        club.member(Person.Sex.F).born(LocalDate.of(1944, 6, 30)).household(Household.POOR).joined(FOUNDED);
        club.member(Person.Sex.M).bornIn(1969).joined(FOUNDED);
        ClubFacts facts = new ClubFacts(club.build(), LocalDate.of(2024, 12, 31));
        MembershipFigures figures = new MembershipFigures(facts);
        LocalDate end = JUNE.atEndOfMonth();

        figures.active(JUNE, end, figures.membersOn(end));

        assertThat(value(facts, JUNE, MEMBERS, "")).isEqualTo(2);
        assertThat(value(facts, JUNE, MEMBERS, "AGE=A80P")).isEqualTo(1);
        assertThat(value(facts, JUNE, MEMBERS, "AGE=A55_59")).isEqualTo(1);
        assertThat(value(facts, JUNE, MEMBERS, "HH=POOR")).isEqualTo(1);
        assertThat(value(facts, JUNE, CLUBS_STANDARD_OK, "")).isZero();
        assertThat(MembershipFigures.ageBand(54)).isEqualTo("LT55");
        assertThat(MembershipFigures.ageBand(60)).isEqualTo("A60_69");
        assertThat(MembershipFigures.ageBand(79)).isEqualTo("A70_79");
    }
}
