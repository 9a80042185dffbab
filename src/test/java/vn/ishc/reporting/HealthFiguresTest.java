package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ishc.reporting.ClubRecordsFixtures.aClubFoundedOn;
import static vn.ishc.reporting.FamilyFacts.value;
import static vn.ishc.reporting.Indicator.MEMBERS_BP_CONTROLLED;
import static vn.ishc.reporting.Indicator.MEMBERS_BP_MEASURED;
import static vn.ishc.reporting.Indicator.MEMBERS_HYPERTENSIVE;
import static vn.ishc.reporting.Indicator.MEMBERS_WEIGHED;
import static vn.ishc.reporting.Indicator.REFERRALS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ishc.members.Person;

class HealthFiguresTest {

    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 10);
    static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);

    @Test
    void aMemberMeasuredTwiceInAQuarterCountsOnceAtTheirAgeOnItsLastDayAndAStrangerNotAtAll() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        // Hoa turns 60 on 15 June 2024.
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1964, 6, 15)).joined(FOUNDED);
        club.bloodPressure(hoa, LocalDate.of(2024, 4, 10), 150, 95)
                .bloodPressureAndWeight(hoa, LocalDate.of(2024, 5, 12), 130, 85)
                .bloodPressure(UUID.randomUUID(), LocalDate.of(2024, 5, 12), 160, 100);
        ClubFacts facts = new ClubFacts(club.build(), END_OF_2024);
        Period q2 = Period.quarter(2024, 2);

        new HealthFigures(facts).period(q2, q2.start(), q2.end());

        assertThat(value(facts, q2, MEMBERS_BP_MEASURED, "")).isEqualTo(1);
        assertThat(value(facts, q2, MEMBERS_BP_MEASURED, "AGE=A60_69")).isEqualTo(1);
        assertThat(value(facts, q2, MEMBERS_WEIGHED, "")).isEqualTo(1);
    }

    @Test
    void aHighLastReadingOrTreatmentMakesAMemberHypertensiveAndAGoodRecentOneUnderTreatmentControlled() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1964, 6, 15)).joined(FOUNDED);
        UUID binh = club.member(Person.Sex.M).born(LocalDate.of(1950, 3, 1)).joined(FOUNDED);
        club.bloodPressure(hoa, LocalDate.of(2024, 4, 10), 150, 95).bloodPressure(binh, LocalDate.of(2024, 4, 12), 120, 80)
                .underTreatmentForHypertension(binh).referral(hoa, LocalDate.of(2024, 4, 10));
        ClubFacts facts = new ClubFacts(club.build(), END_OF_2024);
        HealthFigures figures = new HealthFigures(facts);
        YearMonth april = YearMonth.of(2024, 4);
        LocalDate end = april.atEndOfMonth();

        figures.active(april, end, new MembershipFigures(facts).membersOn(end));
        figures.flows(april, april.atDay(1), end);

        assertThat(value(facts, april, MEMBERS_HYPERTENSIVE, "")).isEqualTo(2);
        assertThat(value(facts, april, MEMBERS_HYPERTENSIVE, "SEX=M")).isEqualTo(1);
        assertThat(value(facts, april, MEMBERS_BP_CONTROLLED, "")).isEqualTo(1);
        assertThat(value(facts, april, REFERRALS, "")).isEqualTo(1);
    }
}
