package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ishc.reporting.ClubRecordsFixtures.aClubFoundedOn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.EntitlementCase;
import vn.ishc.activities.NewActivity;
import vn.ishc.clubs.MeetingDay;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.members.Household;
import vn.ishc.members.Person;

/**
 * A club's figures computed from records made by hand, without a database, each number worked out in
 * the comments from the catalogue's definitions (shared/domain/indicators.md): stocks on the period's
 * last day, flows within it, and the people counted over a month, a quarter or a year as a whole.
 */
class ClubFiguresTest {

    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 10);
    static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);
    static final Period Q2 = Period.quarter(2024, 2);
    static final Period Q3 = Period.quarter(2024, 3);
    static final Period YEAR = Period.year(2024);

    /** Six members of a club founded on 10 January 2024, born and joining around the age bands' edges. */
    record SixMembers(ClubRecordsFixtures.Builder club, UUID hoa, UUID binh, UUID cuc, UUID dao, UUID hung,
                      UUID phuong) {
    }

    static SixMembers sixMembers() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        // Hoa turns 60 on 15 June 2024; her card runs to 20 June.
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1964, 6, 15)).household(Household.POOR).ethnicMinority()
                .insuredUntil(LocalDate.of(2024, 6, 20)).joined(FOUNDED);
        // Bình's day of birth is not known: 2024 − 1969 = 55 all year.
        UUID binh = club.member(Person.Sex.M).bornIn(1969).joined(LocalDate.of(2024, 3, 5));
        // Cúc leaves on 15 June: a member to the 14th.
        UUID cuc = club.member(Person.Sex.F).born(LocalDate.of(1944, 12, 31)).household(Household.NEAR_POOR)
                .ethnicMinority().left(LocalDate.of(2024, 6, 15)).joined(FOUNDED);
        // Đào turns 80 on 30 June, the month's last day; her card has no expiry date.
        UUID dao = club.member(Person.Sex.F).born(LocalDate.of(1944, 6, 30)).insuredUntil(null).joined(FOUNDED);
        UUID hung = club.member(Person.Sex.M).born(LocalDate.of(1974, 2, 1)).joined(LocalDate.of(2024, 6, 10));
        // Phương joins on the last day of June, at 74.
        UUID phuong = club.member(Person.Sex.F).born(LocalDate.of(1950, 1, 1)).household(Household.POOR).ethnicMinority()
                .joined(LocalDate.of(2024, 6, 30));
        return new SixMembers(club, hoa, binh, cuc, dao, hung, phuong);
    }

    @Test
    void membersAreCountedBySexAgeHouseholdAndEthnicityOnTheMonthsLastDay() {
        SixMembers six = sixMembers();
        six.club().inAnotherClub(six.phuong());
        ClubFigures.Facts f = ClubFigures.compute(six.club().build(), YearMonth.of(2024, 1), END_OF_2024);

        // 31 May: Hoa 59, Bình 55, Cúc 79, Đào 79; Hùng and Phương have not joined yet.
        assertThat(figures(f, month(5), "MEMBERS")).isEqualTo(expect("", 4, "SEX=F", 3, "SEX=M", 1,
                "AGE=A55_59", 2, "AGE=A70_79", 2, "HH=POOR", 1, "HH=NEAR_POOR", 1, "HH=OTHER", 2,
                "ETHNIC_MINORITY=Y", 2, "ETHNIC_MINORITY=N", 2));
        // 30 June: Cúc has left; Hoa is 60, Đào 80 that very day, Hùng 50, Phương 74, Bình still 55.
        assertThat(figures(f, month(6), "MEMBERS")).isEqualTo(expect("", 5, "SEX=F", 3, "SEX=M", 2,
                "AGE=LT55", 1, "AGE=A55_59", 1, "AGE=A60_69", 1, "AGE=A70_79", 1, "AGE=A80P", 1,
                "HH=POOR", 2, "HH=OTHER", 3, "ETHNIC_MINORITY=Y", 2, "ETHNIC_MINORITY=N", 3));
        // Cards: Hoa's (to 20 June) and Đào's (no expiry) in May; only Đào's in June.
        assertThat(value(f, month(5), "MEMBERS_HEALTH_INSURED")).isEqualTo(2);
        assertThat(value(f, month(6), "MEMBERS_HEALTH_INSURED")).isEqualTo(1);
        // Women: 3 of 4 in May (75 %), 3 of 5 in June (60 %, within 60–70 %). Aged 60 or over: Cúc and Đào, 2 of 4
        // in May (50 %); Hoa, Đào and Phương, 3 of 5 in June (60 %). Five members are not the 50 to 70 asked.
        assertThat(value(f, month(5), "CLUBS_WOMEN_OK")).isZero();
        assertThat(value(f, month(5), "CLUBS_OLDER_OK")).isZero();
        assertThat(value(f, month(6), "CLUBS_WOMEN_OK")).isEqualTo(1);
        assertThat(value(f, month(6), "CLUBS_OLDER_OK")).isEqualTo(1);
        assertThat(value(f, month(6), "CLUBS_SIZE_OK")).isZero();
        assertThat(value(f, month(6), "CLUBS_STANDARD_OK")).isZero();
        // Phương is in another club too: the figures that count her name her, for an area to count her once.
        assertThat(f.sharedPeople().get(key(month(6), "MEMBERS", "AGE=A70_79"))).containsExactly(six.phuong());
        assertThat(f.sharedPeople().get(key(month(5), "MEMBERS", ""))).isNull();
    }

    @Test
    void joinersAndLeaversCountInTheirMonthAndTheOlderAmongJoinersByTheirAgeOnTheDayTheyJoined() {
        ClubFigures.Facts f = ClubFigures.compute(sixMembers().club().build(), YearMonth.of(2024, 1), END_OF_2024);

        // January: Hoa (59 on joining, though 60 by June), Cúc (79) and Đào (79).
        assertThat(figures(f, month(1), "MEMBERS_NEW")).isEqualTo(expect("", 3, "SEX=F", 3));
        assertThat(value(f, month(1), "MEMBERS_NEW_OLDER")).isEqualTo(2);
        assertThat(value(f, month(1), "CLUBS_NEW")).isEqualTo(1);
        // March: Bình, 55.
        assertThat(figures(f, month(3), "MEMBERS_NEW")).isEqualTo(expect("", 1, "SEX=M", 1));
        assertThat(value(f, month(3), "MEMBERS_NEW_OLDER")).isZero();
        // June: Hùng (50) and Phương (74) join, Cúc leaves.
        assertThat(figures(f, month(6), "MEMBERS_NEW")).isEqualTo(expect("", 2, "SEX=F", 1, "SEX=M", 1));
        assertThat(value(f, month(6), "MEMBERS_NEW_OLDER")).isEqualTo(1);
        assertThat(value(f, month(6), "MEMBERS_LEFT")).isEqualTo(1);
        assertThat(value(f, month(5), "MEMBERS_LEFT")).isZero();
        assertThat(value(f, month(2), "CLUBS_NEW")).isZero();
        assertThat(value(f, month(12), "CLUBS_ACTIVE")).isEqualTo(1);
    }

    @Test
    void aClubMeetsTheModelsStandardWithFiftyToSeventyMembersSixtyToSeventyPercentWomenAndOlder() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        // January: 30 women of 64 and 20 men of 50: 50 members, 60 % women, 60 % aged 60 or over.
        for (int i = 0; i < 30; i++) {
            club.member(Person.Sex.F).born(LocalDate.of(1960, 1, 1)).joined(FOUNDED);
        }
        for (int i = 0; i < 20; i++) {
            club.member(Person.Sex.M).born(LocalDate.of(1974, 1, 1)).joined(FOUNDED);
        }
        // February: a woman of 50 joins: 31 of 51 women (60.8 %), still 30 of 51 aged 60 or over (58.8 %).
        club.member(Person.Sex.F).born(LocalDate.of(1974, 1, 1)).joined(LocalDate.of(2024, 2, 5));
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        assertThat(value(f, month(1), "CLUBS_SIZE_OK")).isEqualTo(1);
        assertThat(value(f, month(1), "CLUBS_WOMEN_OK")).isEqualTo(1);
        assertThat(value(f, month(1), "CLUBS_OLDER_OK")).isEqualTo(1);
        assertThat(value(f, month(1), "CLUBS_STANDARD_OK")).isEqualTo(1);
        assertThat(value(f, month(2), "CLUBS_SIZE_OK")).isEqualTo(1);
        assertThat(value(f, month(2), "CLUBS_WOMEN_OK")).isEqualTo(1);
        assertThat(value(f, month(2), "CLUBS_OLDER_OK")).isZero();
        assertThat(value(f, month(2), "CLUBS_STANDARD_OK")).isZero();
    }

    @Test
    void meetingsAndTheMembersPresentAreCountedAndAClubMetMonthlyOnlyWhereEveryMonthOfThePeriodHadAMeeting() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1960, 1, 1)).joined(FOUNDED);
        UUID binh = club.member(Person.Sex.M).born(LocalDate.of(1960, 1, 1)).joined(LocalDate.of(2024, 3, 5));
        UUID guest = UUID.randomUUID();
        club.meeting(LocalDate.of(2024, 1, 20), hoa, guest)
                // Bình comes in February, before he joins: not a member's attendance.
                .meeting(LocalDate.of(2024, 2, 15), hoa, binh)
                .meeting(LocalDate.of(2024, 3, 15), hoa, binh)
                .meeting(LocalDate.of(2024, 4, 12), binh)
                // No meeting in May.
                .meeting(LocalDate.of(2024, 6, 14), hoa, binh);
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(m -> value(f, month(m), "MEETINGS_HELD")))
                .containsExactly(1L, 1L, 1L, 1L, 0L, 1L);
        assertThat(figures(f, month(1), "MEETING_ATTENDANCE")).isEqualTo(expect("", 1, "SEX=F", 1));
        assertThat(figures(f, month(2), "MEETING_ATTENDANCE")).isEqualTo(expect("", 1, "SEX=F", 1));
        assertThat(figures(f, month(3), "MEETING_ATTENDANCE")).isEqualTo(expect("", 2, "SEX=F", 1, "SEX=M", 1));
        assertThat(figures(f, month(4), "MEETING_ATTENDANCE")).isEqualTo(expect("", 1, "SEX=M", 1));
        assertThat(figures(f, month(5), "MEETING_ATTENDANCE")).isEmpty();
        // The attendance rate's denominator: the members on each meeting's day, Hoa alone until Bình joins on 5 March.
        assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(m -> value(f, month(m), "MEETING_ATTENDANCE_EXPECTED")))
                .containsExactly(1L, 1L, 2L, 2L, 0L, 2L);
        // The first quarter had a meeting in each month (January counts from the founding on the 10th); the
        // second missed May; the year missed May and every month from July.
        assertThat(value(f, Period.quarter(2024, 1), "CLUBS_MET_MONTHLY")).isEqualTo(1);
        assertThat(value(f, Q2, "CLUBS_MET_MONTHLY")).isZero();
        assertThat(value(f, YEAR, "CLUBS_MET_MONTHLY")).isZero();
        assertThat(value(f, month(4), "CLUBS_MET_MONTHLY")).isEqualTo(1);
        assertThat(value(f, month(5), "CLUBS_MET_MONTHLY")).isZero();
    }

    @Test
    void aMemberMeasuredInSeveralMonthsCountsOnceInTheQuarterAndTheYearAtTheirAgeOnItsLastDay() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        // Hoa turns 60 on 15 June 2024; Bình is 74 all year and under treatment for hypertension.
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1964, 6, 15)).joined(FOUNDED);
        UUID binh = club.member(Person.Sex.M).born(LocalDate.of(1950, 3, 1)).joined(FOUNDED);
        UUID stranger = UUID.randomUUID();
        club.bloodPressure(hoa, LocalDate.of(2024, 4, 10), 150, 95)
                .bloodPressureAndWeight(hoa, LocalDate.of(2024, 5, 12), 130, 85)
                .bloodPressure(binh, LocalDate.of(2024, 5, 12), 120, 80)
                .weightOnly(binh, LocalDate.of(2024, 7, 1))
                // Someone who is not a member is measured at the same session: not counted.
                .bloodPressure(stranger, LocalDate.of(2024, 5, 12), 160, 100)
                .underTreatmentForHypertension(binh)
                .checkup(hoa, LocalDate.of(2024, 2, 1))
                .checkup(binh, LocalDate.of(2023, 5, 1))
                .referral(hoa, LocalDate.of(2024, 4, 10));
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        // Measured: Hoa in April (59 on 30 April), Hoa and Bình in May, nobody in June: 1 + 2 + 0 = 3 over the
        // months, but 2 people in the second quarter, Hoa by then 60 (30 June).
        assertThat(figures(f, month(4), "MEMBERS_BP_MEASURED")).isEqualTo(expect("", 1, "SEX=F", 1, "AGE=A55_59", 1));
        assertThat(figures(f, month(5), "MEMBERS_BP_MEASURED"))
                .isEqualTo(expect("", 2, "SEX=F", 1, "SEX=M", 1, "AGE=A55_59", 1, "AGE=A70_79", 1));
        assertThat(figures(f, month(6), "MEMBERS_BP_MEASURED")).isEmpty();
        assertThat(figures(f, Q2, "MEMBERS_BP_MEASURED"))
                .isEqualTo(expect("", 2, "SEX=F", 1, "SEX=M", 1, "AGE=A60_69", 1, "AGE=A70_79", 1));
        assertThat(figures(f, Q3, "MEMBERS_BP_MEASURED")).isEmpty();
        assertThat(value(f, YEAR, "MEMBERS_BP_MEASURED")).isEqualTo(2);
        // Weighed: Hoa in May, Bình in July (weight only).
        assertThat(value(f, month(5), "MEMBERS_WEIGHED")).isEqualTo(1);
        assertThat(value(f, Q2, "MEMBERS_WEIGHED")).isEqualTo(1);
        assertThat(value(f, Q3, "MEMBERS_WEIGHED")).isEqualTo(1);
        assertThat(value(f, YEAR, "MEMBERS_WEIGHED")).isEqualTo(2);
        // A range of months, April to July, counted as a whole: both measured, both weighed.
        ClubFigures.Facts range = ClubFigures.overPeriod(club.build(), Period.range(YearMonth.of(2024, 4),
                YearMonth.of(2024, 7)), END_OF_2024);
        assertThat(range.values()).containsEntry(key(Period.range(YearMonth.of(2024, 4), YearMonth.of(2024, 7)),
                "MEMBERS_BP_MEASURED", "AGE=A60_69"), 1L);
        assertThat(value(range, Period.range(YearMonth.of(2024, 4), YearMonth.of(2024, 7)), "MEMBERS_WEIGHED"))
                .isEqualTo(2);

        // Hypertensive: Bình (under treatment) every month; Hoa in April, whose last reading (150/95) is high, not
        // from May, when her last is 130/85.
        assertThat(figures(f, month(3), "MEMBERS_HYPERTENSIVE")).isEqualTo(expect("", 1, "SEX=M", 1));
        assertThat(figures(f, month(4), "MEMBERS_HYPERTENSIVE")).isEqualTo(expect("", 2, "SEX=F", 1, "SEX=M", 1));
        assertThat(value(f, month(5), "MEMBERS_HYPERTENSIVE")).isEqualTo(1);
        // Controlled: Bình's 120/80 of 12 May is within the 3 months ending 31 May, 30 June and 31 July (from
        // 1 May), not those ending 31 August (from 1 June); in April he had no reading in the 3 months.
        assertThat(List.of(4, 5, 6, 7, 8).stream().map(m -> value(f, month(m), "MEMBERS_BP_CONTROLLED")))
                .containsExactly(0L, 1L, 1L, 1L, 0L);
        // A check-up in the 12 months, for those 60 or over: in April Bình's of 1 May 2023 (12 months from
        // 1 May 2023); in May nobody (his is too old, Hoa is 59); from June Hoa's of 1 February.
        assertThat(List.of(4, 5, 6, 12).stream().map(m -> value(f, month(m), "MEMBERS_CHECKUP_12M")))
                .containsExactly(1L, 0L, 1L, 1L);
        assertThat(value(f, month(4), "REFERRALS")).isEqualTo(1);
    }

    @Test
    void homeCareVisitsAreSetAgainstThePlanOverThePeriodAsAWhole() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        club.volunteer(LocalDate.of(2024, 3, 1), null).volunteer(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 5, 10));
        // Two visits a month from April: 2 in April, 1 in May, 3 in June, none after.
        club.inCare(LocalDate.of(2024, 4, 1), null, 2, PlanPeriod.MONTH, LocalDate.of(2024, 4, 5),
                LocalDate.of(2024, 4, 20), LocalDate.of(2024, 5, 10), LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 17),
                LocalDate.of(2024, 6, 28));
        // A visit a week from Wednesday 3 July to Tuesday 20 August: the weeks of Monday 1, 8, 15, 22 and 29 July
        // (5) and of 5, 12 and 19 August (3); 5 visits in July and 3 in August.
        club.inCare(LocalDate.of(2024, 7, 3), LocalDate.of(2024, 8, 20), 1, PlanPeriod.WEEK, LocalDate.of(2024, 7, 4),
                LocalDate.of(2024, 7, 11), LocalDate.of(2024, 7, 18), LocalDate.of(2024, 7, 25), LocalDate.of(2024, 7, 29),
                LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 8), LocalDate.of(2024, 8, 15));
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        assertThat(List.of(2, 3, 4, 5).stream().map(m -> value(f, month(m), "HOMECARE_VOLUNTEERS")))
                .containsExactly(0L, 2L, 2L, 1L);
        assertThat(List.of(3, 4, 7, 8, 9).stream().map(m -> value(f, month(m), "HOMECARE_RECIPIENTS")))
                .containsExactly(0L, 1L, 2L, 1L, 1L);
        assertThat(List.of(4, 5, 6, 7, 8, 9).stream().map(m -> value(f, month(m), "HOMECARE_VISITS")))
                .containsExactly(2L, 1L, 3L, 5L, 3L, 0L);
        // April 2 of 2, May 1 of 2, June 3 of 2: on plan in April and June, not in May, yet on plan over the
        // quarter, 6 of 2 + 2 + 2. In July the first had none of 2, the second 5 of 5; in August 3 of 3.
        assertThat(List.of(4, 5, 6, 7, 8).stream().map(m -> value(f, month(m), "HOMECARE_RECIPIENTS_ON_PLAN")))
                .containsExactly(1L, 0L, 1L, 1L, 1L);
        assertThat(value(f, Q2, "HOMECARE_RECIPIENTS_ON_PLAN")).isEqualTo(1);
        // The third quarter: the second 8 of 5 + 3 (none asked in September, after care ended); the first 0 of 6.
        assertThat(value(f, Q3, "HOMECARE_RECIPIENTS_ON_PLAN")).isEqualTo(1);
        // The year: the first 6 of 9 × 2 = 18, the second 8 of 8.
        assertThat(value(f, YEAR, "HOMECARE_RECIPIENTS_ON_PLAN")).isEqualTo(1);
    }

    @Test
    void aLoansRepaymentsLatenessAndWriteOffMoveTheFundsAndLoansFiguresMonthByMonth() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1960, 1, 1)).household(Household.POOR).joined(FOUNDED);
        // Bình leaves on 1 August: a member to 31 July.
        UUID binh = club.member(Person.Sex.M).born(LocalDate.of(1960, 1, 1)).left(LocalDate.of(2024, 8, 1))
                .joined(FOUNDED);
        club.given(Fund.Kind.INCOME_GENERATION, LocalDate.of(2024, 2, 1), 20_000_000, Entry.Source.PROJECT)
                .given(Fund.Kind.OPERATING, LocalDate.of(2024, 2, 1), 1_000_000, Entry.Source.MEMBERS);
        // Hoa borrows 6,000,000 on 1 March: six instalments of 1,000,000 and 48,000 interest, 1 April to 1 September.
        UUID hoasLoan = club.lent(hoa, LocalDate.of(2024, 3, 1), 6_000_000,
                monthly(LocalDate.of(2024, 4, 1), 6, 1_000_000, 48_000));
        club.repaid(hoasLoan, LocalDate.of(2024, 4, 1), 48_000, 1_000_000)
                .repaid(hoasLoan, LocalDate.of(2024, 5, 21), 48_000, 1_000_000)
                // June's is recorded on the 10th and reversed as a mistake on the 12th; nothing comes after.
                .repaid(hoasLoan, LocalDate.of(2024, 6, 10), 48_000, 1_000_000)
                .reversed(hoasLoan, LocalDate.of(2024, 6, 12), 48_000, 1_000_000)
                .writtenOff(hoasLoan, LocalDate.of(2024, 9, 15), 4_000_000);
        // Bình borrows 2,000,000 on 15 April: two instalments of 1,000,000 and 16,000, both paid on time.
        UUID binhsLoan = club.lent(binh, LocalDate.of(2024, 4, 15), 2_000_000,
                monthly(LocalDate.of(2024, 5, 15), 2, 1_000_000, 16_000));
        club.repaid(binhsLoan, LocalDate.of(2024, 5, 15), 16_000, 1_000_000)
                .repaid(binhsLoan, LocalDate.of(2024, 6, 14), 16_000, 1_000_000)
                .outsideLoan(hoa, LocalDate.of(2024, 10, 5));
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        assertThat(figures(f, month(2), "FUNDS_MOBILISED"))
                .isEqualTo(expect("", 21_000_000, "SOURCE=PROJECT", 20_000_000, "SOURCE=MEMBERS", 1_000_000));
        assertThat(figures(f, month(3), "LOANS_DISBURSED")).isEqualTo(expect("", 1, "SEX=F", 1));
        assertThat(figures(f, month(4), "LOANS_DISBURSED")).isEqualTo(expect("", 1, "SEX=M", 1));
        assertThat(value(f, month(4), "LOANS_DISBURSED_AMOUNT")).isEqualTo(2_000_000);
        // Outstanding: 6,000,000 in March; − 1,000,000 + 2,000,000 in April; − 1,000,000 − 1,000,000 in May;
        // in June − 1,000,000 + 1,000,000 (the reversal) − 1,000,000; 4,000,000 until written off in September.
        assertThat(List.of(3, 4, 5, 6, 7, 8, 9).stream().map(m -> value(f, month(m), "LOANS_OUTSTANDING")))
                .containsExactly(6_000_000L, 7_000_000L, 5_000_000L, 4_000_000L, 4_000_000L, 4_000_000L, 0L);
        // Hoa's June instalment is unpaid from 1 June: 29 days on 30 June, 60 on 31 July: at risk from July.
        assertThat(List.of(5, 6, 7, 8, 9).stream().map(m -> value(f, month(m), "PAR30")))
                .containsExactly(0L, 0L, 4_000_000L, 4_000_000L, 0L);
        // Due: Hoa's 1 April (paid that day), Hoa's 1 May (paid on the 21st) and Bình's 15 May (paid that day),
        // Hoa's 1 June (paid and taken back) and Bình's 15 June (paid on the 14th), then Hoa's alone, unpaid.
        assertThat(List.of(4, 5, 6, 7, 8, 9).stream().map(m -> value(f, month(m), "INSTALMENTS_DUE")))
                .containsExactly(1L, 2L, 2L, 1L, 1L, 1L);
        assertThat(List.of(4, 5, 6, 7, 8, 9).stream().map(m -> value(f, month(m), "REPAID_ON_TIME")))
                .containsExactly(1L, 1L, 1L, 0L, 0L, 0L);
        // The income fund, cash and loans: 20,000,000 and the interest received, 48,000 (April), 48,000 + 16,000
        // (May), 16,000 (June, Hoa's 48,000 having been taken back); the write-off takes 4,000,000 away.
        assertThat(List.of(2, 4, 5, 6, 9).stream().map(m -> value(f, month(m), "FUND_INCOME_BALANCE")))
                .containsExactly(20_000_000L, 20_048_000L, 20_112_000L, 20_128_000L, 16_128_000L);
        assertThat(value(f, month(6), "FUND_OPERATING_BALANCE")).isEqualTo(1_000_000);
        assertThat(value(f, month(1), "CLUBS_BOTH_FUNDS")).isZero();
        assertThat(value(f, month(2), "CLUBS_BOTH_FUNDS")).isEqualTo(1);
        assertThat(value(f, month(9), "LOANS_WRITTEN_OFF_AMOUNT")).isEqualTo(4_000_000);
        // Borrowers owing at the month's end: Hoa from March, Bình in April and May (paid off in June); nobody
        // after the write-off.
        assertThat(figures(f, month(5), "BORROWERS_ACTIVE"))
                .isEqualTo(expect("", 2, "SEX=F", 1, "SEX=M", 1, "HH=POOR", 1, "HH=OTHER", 1));
        assertThat(figures(f, month(6), "BORROWERS_ACTIVE")).isEqualTo(expect("", 1, "SEX=F", 1, "HH=POOR", 1));
        assertThat(figures(f, month(9), "BORROWERS_ACTIVE")).isEmpty();
        // Members who ever borrowed: both until Bình leaves, then Hoa alone, whose loan was written off.
        assertThat(List.of(3, 4, 7, 8, 9).stream().map(m -> value(f, month(m), "MEMBERS_EVER_BORROWED")))
                .containsExactly(1L, 2L, 2L, 1L, 1L);
        assertThat(value(f, month(10), "EXTERNAL_LOANS_FACILITATED")).isEqualTo(1);
    }

    @Test
    void aWrittenOffLoansLaterInstalmentsNoLongerFallDue() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1960, 1, 1)).joined(FOUNDED);
        club.given(Fund.Kind.INCOME_GENERATION, LocalDate.of(2024, 2, 1), 5_000_000, Entry.Source.PROJECT);
        // 3,000,000 in three instalments of 1,000,000 and 24,000 on 1 April, 1 May and 1 June; nothing comes back,
        // and the board writes the loan off on 10 May.
        UUID loan = club.lent(hoa, LocalDate.of(2024, 3, 1), 3_000_000,
                monthly(LocalDate.of(2024, 4, 1), 3, 1_000_000, 24_000));
        club.writtenOff(loan, LocalDate.of(2024, 5, 10), 3_000_000);
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        // April's and May's instalments fell due, unpaid; June's was owed by nobody once the loan was written off,
        // as the loan's own page says (nothing due, nothing overdue).
        assertThat(List.of(4, 5, 6).stream().map(m -> value(f, month(m), "INSTALMENTS_DUE")))
                .containsExactly(1L, 1L, 0L);
        assertThat(List.of(4, 5, 6).stream().map(m -> value(f, month(m), "REPAID_ON_TIME")))
                .containsExactly(0L, 0L, 0L);
        assertThat(List.of(4, 5, 6).stream().map(m -> value(f, month(m), "LOANS_OUTSTANDING")))
                .containsExactly(3_000_000L, 0L, 0L);
        assertThat(value(f, month(5), "LOANS_WRITTEN_OFF_AMOUNT")).isEqualTo(3_000_000);
    }

    @Test
    void loansOutstandingAreCountedByDaysOverdueOnTheMonthsLastDayAndAWrittenOffLoanInNone() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1960, 1, 1)).joined(FOUNDED);
        club.given(Fund.Kind.INCOME_GENERATION, LocalDate.of(2024, 2, 1), 20_000_000, Entry.Source.PROJECT);
        // Due on 1 January 2025: current at the end of December.
        club.lent(hoa, LocalDate.of(2024, 12, 1), 2_000_000, monthly(LocalDate.of(2025, 1, 1), 2, 1_000_000, 0));
        // Due on 1 December, unpaid: 30 days overdue on 31 December, the last day of 1–30.
        club.lent(hoa, LocalDate.of(2024, 11, 1), 1_234_567, monthly(LocalDate.of(2024, 12, 1), 1, 1_234_567, 0));
        // Due on 30 November: not overdue on its own day, 31 days on 31 December.
        club.lent(hoa, LocalDate.of(2024, 10, 30), 2_000_003, monthly(LocalDate.of(2024, 11, 30), 1, 2_000_003, 0));
        // Due on 2 October: 59 days on 30 November, 90 on 31 December, the last day of 31–90.
        club.lent(hoa, LocalDate.of(2024, 9, 2), 1_000_000, monthly(LocalDate.of(2024, 10, 2), 1, 1_000_000, 0));
        // Half paid on 1 September; the rest, due on 1 October, is 60 days overdue on 30 November, 91 on 31 December.
        UUID halfPaid = club.lent(hoa, LocalDate.of(2024, 8, 1), 4_000_001,
                List.of(new LoanSchedule.Instalment(1, LocalDate.of(2024, 9, 1), 2_000_000, 0),
                        new LoanSchedule.Instalment(2, LocalDate.of(2024, 10, 1), 2_000_001, 0)));
        club.repaid(halfPaid, LocalDate.of(2024, 9, 1), 0, 2_000_000);
        // Due on 3 July: 150 days on 30 November, 181 on 31 December.
        club.lent(hoa, LocalDate.of(2024, 6, 3), 500_000, monthly(LocalDate.of(2024, 7, 3), 1, 500_000, 0));
        // Nothing paid from 1 April (243 days on 30 November); written off on 1 December.
        UUID lost = club.lent(hoa, LocalDate.of(2024, 3, 1), 700_000, monthly(LocalDate.of(2024, 4, 1), 7, 100_000, 0));
        club.writtenOff(lost, LocalDate.of(2024, 12, 1), 700_000);
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        // 30 November: 1,234,567 and 2,000,003 current; 1,000,000 + 2,000,001 at 59 and 60 days; 500,000 at 150;
        // 700,000 at 243, not yet written off.
        assertThat(figures(f, month(11), "LOANS_OUTSTANDING")).isEqualTo(expect("", 7_434_571,
                "OVERDUE=CURRENT", 3_234_570, "OVERDUE=D31_90", 3_000_001, "OVERDUE=D91_180", 500_000,
                "OVERDUE=D181P", 700_000));
        assertThat(List.of("PAR1", "PAR30", "PAR90", "PAR180").stream().map(c -> value(f, month(11), c)))
                .containsExactly(4_200_001L, 4_200_001L, 1_200_000L, 700_000L);
        // 31 December: the written-off loan owes nothing and is in no age; the parts add up to the outstanding.
        assertThat(figures(f, month(12), "LOANS_OUTSTANDING")).isEqualTo(expect("", 8_734_571,
                "OVERDUE=CURRENT", 2_000_000, "OVERDUE=D1_30", 1_234_567, "OVERDUE=D31_90", 3_000_003,
                "OVERDUE=D91_180", 2_000_001, "OVERDUE=D181P", 500_000));
        // More than a day: all but the current; more than 30: all but 1,234,567; more than 90: 2,000,001 + 500,000.
        assertThat(List.of("PAR1", "PAR30", "PAR90", "PAR180").stream().map(c -> value(f, month(12), c)))
                .containsExactly(6_734_571L, 5_500_004L, 2_500_001L, 500_000L);
    }

    @Test
    void aDissolvedClubsLoansStillOwedCountInTheLoanFiguresUntilRepaidOrWrittenOff() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1960, 1, 1)).left(LocalDate.of(2024, 6, 15)).joined(FOUNDED);
        UUID lan = club.member(Person.Sex.F).born(LocalDate.of(1955, 1, 1)).left(LocalDate.of(2024, 6, 15)).joined(FOUNDED);
        club.given(Fund.Kind.INCOME_GENERATION, LocalDate.of(2024, 2, 1), 20_000_000, Entry.Source.PROJECT);
        // Hoa's loan: four monthly instalments from 1 May, nothing repaid after April's disbursement.
        club.lent(hoa, LocalDate.of(2024, 4, 1), 4_000_000, monthly(LocalDate.of(2024, 5, 1), 4, 1_000_000, 0));
        // Lan's loan is written off on 10 October.
        UUID lost = club.lent(lan, LocalDate.of(2024, 4, 1), 1_500_000, monthly(LocalDate.of(2024, 5, 1), 1, 1_500_000, 0));
        club.writtenOff(lost, LocalDate.of(2024, 10, 10), 1_500_000);
        // Hoa repays 1,000,000 of principal in September, after the club is dissolved on 15 June.
        UUID hoasLoan = club.build().loans().get(0).loanId();
        club.repaid(hoasLoan, LocalDate.of(2024, 9, 5), 0, 1_000_000);
        club.dissolvedOn(LocalDate.of(2024, 6, 15));
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        // The club counts no more, nor its members, from June.
        assertThat(value(f, month(6), "CLUBS_ACTIVE")).isZero();
        assertThat(value(f, month(7), "MEMBERS")).isZero();
        assertThat(value(f, month(6), "CLUBS_DISSOLVED")).isEqualTo(1);
        // What is owed stays owed: 5,500,000 at the end of July (both loans overdue since 1 May: 91 days);
        // 4,500,000 after Hoa's 1,000,000 in September; 3,000,000 once Lan's is written off.
        assertThat(figures(f, month(7), "LOANS_OUTSTANDING")).isEqualTo(expect("", 5_500_000, "OVERDUE=D91_180", 5_500_000));
        assertThat(List.of("PAR1", "PAR30", "PAR90", "PAR180").stream().map(c -> value(f, month(7), c)))
                .containsExactly(5_500_000L, 5_500_000L, 5_500_000L, 0L);
        assertThat(List.of(9, 10, 12).stream().map(m -> value(f, month(m), "LOANS_OUTSTANDING")))
                .containsExactly(4_500_000L, 3_000_000L, 3_000_000L);
        assertThat(value(f, month(12), "PAR180")).isEqualTo(3_000_000);
    }

    @Test
    void activitiesCountByAreaAndAClubHasAllEightAreasOnceEachHasARecordInTheTwelveMonths() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1960, 1, 1)).joined(FOUNDED);
        club.activity(ActivityKind.SELF_HELP, LocalDate.of(2024, 3, 5))
                .activity(ActivityKind.SELF_HELP, LocalDate.of(2024, 3, 20))
                .activity(ActivityKind.COMMUNITY, LocalDate.of(2024, 3, 10))
                .activity(ActivityKind.DIALOGUE, LocalDate.of(2024, 4, 2))
                .activity(ActivityKind.RIGHTS_SESSION, LocalDate.of(2024, 4, 3))
                .activity(ActivityKind.CULTURAL_EVENT, LocalDate.of(2024, 5, 1))
                .resource(LocalDate.of(2024, 5, 2), NewActivity.ResourceForm.IN_KIND, NewActivity.SourceType.BUSINESS,
                        3_000_000)
                .resource(LocalDate.of(2024, 5, 3), NewActivity.ResourceForm.CASH, NewActivity.SourceType.GOVERNMENT,
                        1_000_000)
                .activity(ActivityKind.MENTORING, LocalDate.of(2024, 5, 4))
                .claim(LocalDate.of(2024, 3, 1), EntitlementCase.Status.OBTAINED, LocalDate.of(2024, 4, 15))
                .claim(LocalDate.of(2024, 4, 1), EntitlementCase.Status.REFUSED, LocalDate.of(2024, 4, 20))
                .claim(LocalDate.of(2024, 5, 1), EntitlementCase.Status.APPLIED, null)
                .artTeamSince(LocalDate.of(2024, 5, 20))
                // Health in June, home care in June, learning at July's meeting.
                .bloodPressure(hoa, LocalDate.of(2024, 6, 10), 120, 80)
                .inCare(LocalDate.of(2024, 6, 1), null, 1, PlanPeriod.MONTH, LocalDate.of(2024, 6, 11))
                .meetingWithLearningTopic(LocalDate.of(2024, 7, 5), hoa);
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        assertThat(figures(f, month(3), "ACTIVITIES")).isEqualTo(expect("", 3, "AREA=SELFHELP", 3));
        assertThat(figures(f, month(4), "ACTIVITIES")).isEqualTo(expect("", 2, "AREA=RIGHTS", 2));
        assertThat(figures(f, month(5), "ACTIVITIES"))
                .isEqualTo(expect("", 4, "AREA=CULTURE", 1, "AREA=RESOURCES", 2, "AREA=INCOME", 1));
        assertThat(value(f, month(3), "PEOPLE_HELPED")).isEqualTo(2);
        assertThat(value(f, month(3), "SELF_HELP_RECORDS")).isEqualTo(2);
        assertThat(value(f, month(3), "COMMUNITY_ACTIVITIES")).isEqualTo(1);
        assertThat(value(f, month(4), "DIALOGUES")).isEqualTo(1);
        // Only what was received in kind: the 1,000,000 in cash goes through a fund.
        assertThat(figures(f, month(5), "IN_KIND_MOBILISED")).isEqualTo(expect("", 3_000_000, "SOURCE=BUSINESS", 3_000_000));
        assertThat(List.of(3, 4, 5).stream().map(m -> value(f, month(m), "ENTITLEMENT_CASES")))
                .containsExactly(1L, 1L, 1L);
        // March's case obtained the benefit in April: not within March, and April's cases were applied for in April.
        assertThat(List.of(3, 4, 5).stream().map(m -> value(f, month(m), "ENTITLEMENT_CASES_RESOLVED")))
                .containsExactly(0L, 0L, 0L);
        assertThat(value(f, month(4), "CLUBS_ART_TEAM")).isZero();
        assertThat(value(f, month(5), "CLUBS_ART_TEAM")).isEqualTo(1);
        // By June seven areas have a record (income, health, home care, self-help, rights, culture, resources);
        // July's learning topic makes eight, and they stay within the twelve months to December.
        assertThat(List.of(5, 6, 7, 12).stream().map(m -> value(f, month(m), "CLUBS_ALL_AREAS")))
                .containsExactly(0L, 0L, 1L, 1L);
    }

    @Test
    void theRunningMonthAndItsQuarterAreTakenAsTheyStandToday() {
        SixMembers six = sixMembers();
        six.club().meeting(LocalDate.of(2024, 4, 12)).meeting(LocalDate.of(2024, 5, 10)).meeting(LocalDate.of(2024, 6, 14));
        LocalDate today = LocalDate.of(2024, 6, 20);
        ClubFigures.Facts f = ClubFigures.compute(six.club().build(), YearMonth.of(2024, 1), today);

        // On 20 June: Cúc has left, Đào is still 79, Phương has not joined; Hoa is 60 since the 15th.
        assertThat(figures(f, month(6), "MEMBERS")).containsEntry("", 4L).containsEntry("AGE=A60_69", 1L)
                .containsEntry("AGE=A70_79", 1L).containsEntry("AGE=A55_59", 1L).containsEntry("AGE=LT55", 1L)
                .doesNotContainKey("AGE=A80P");
        assertThat(figures(f, month(6), "MEMBERS_NEW")).isEqualTo(expect("", 1, "SEX=M", 1));
        // The second quarter so far had a meeting every month; the year so far did not (none January to March).
        assertThat(value(f, Q2, "CLUBS_MET_MONTHLY")).isEqualTo(1);
        assertThat(value(f, YEAR, "CLUBS_MET_MONTHLY")).isZero();
        assertThat(value(f, month(7), "CLUBS_ACTIVE")).as("no month after today").isZero();
        assertThat(f.values().keySet()).noneMatch(k -> k.start().isAfter(today));
    }

    @Test
    void aDissolvedClubCountsInTheMonthItWasDissolvedAndHasNoMembersFromThen() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED).dissolvedOn(LocalDate.of(2024, 5, 15));
        club.member(Person.Sex.F).born(LocalDate.of(1960, 1, 1)).joined(FOUNDED);
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        assertThat(List.of(4, 5, 6).stream().map(m -> value(f, month(m), "CLUBS_ACTIVE"))).containsExactly(1L, 0L, 0L);
        assertThat(value(f, month(5), "CLUBS_DISSOLVED")).isEqualTo(1);
        assertThat(List.of(4, 5).stream().map(m -> value(f, month(m), "MEMBERS"))).containsExactly(1L, 0L);
    }

    @Test
    void aRunningQuarterCountsItsMonthsUpToToday() {
        // The club meets on the 15th. On 2 December 2026 it has met in October and November, and December's
        // meeting day has not come: it has met every month of the fourth quarter so far.
        ClubRecordsFixtures.Builder club = aClubFoundedOn(LocalDate.of(2026, 1, 5)).meetsOn(MeetingDay.ofMonthDay(15));
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1950, 3, 1)).joined(LocalDate.of(2026, 1, 5));
        club.meeting(LocalDate.of(2026, 10, 15), hoa).meeting(LocalDate.of(2026, 11, 15), hoa);
        // Two visits a month from October: 2 in October, 2 in November, none yet in December.
        club.inCare(LocalDate.of(2026, 10, 1), null, 2, PlanPeriod.MONTH, LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 20));
        Period q4 = Period.quarter(2026, 4);
        Period december = Period.month(YearMonth.of(2026, 12));
        ClubFigures.Facts second = ClubFigures.compute(club.build(), YearMonth.of(2026, 10), LocalDate.of(2026, 12, 2));

        assertThat(value(second, q4, "CLUBS_MET_MONTHLY")).isEqualTo(1);
        assertThat(value(second, december, "CLUBS_MET_MONTHLY")).isEqualTo(1);
        // Visits asked so far: 2 + 2 + 2 × 2/31 of December (0 whole visits): 4 made of 4.
        assertThat(value(second, q4, "HOMECARE_RECIPIENTS_ON_PLAN")).isEqualTo(1);
        assertThat(value(second, december, "HOMECARE_RECIPIENTS_ON_PLAN")).isEqualTo(1);

        // On 16 December the meeting day has passed without a meeting; 2 × 16/31 of December's visits are due.
        ClubFigures.Facts sixteenth = ClubFigures.compute(club.build(), YearMonth.of(2026, 10), LocalDate.of(2026, 12, 16));
        assertThat(value(sixteenth, q4, "CLUBS_MET_MONTHLY")).isZero();
        assertThat(value(sixteenth, december, "CLUBS_MET_MONTHLY")).isZero();
        assertThat(value(sixteenth, q4, "HOMECARE_RECIPIENTS_ON_PLAN")).isZero();
        // The meeting day itself is not yet missed: a meeting may still be recorded that day.
        ClubFigures.Facts fifteenth = ClubFigures.compute(club.build(), YearMonth.of(2026, 10), LocalDate.of(2026, 12, 15));
        assertThat(value(fifteenth, q4, "CLUBS_MET_MONTHLY")).isEqualTo(1);
    }

    @Test
    void aMonthsBookIsKeyedWhenItsMeetingIsFinishedAndOnTimeWhenKeyedWithinTenDaysOfIt() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED).dissolvedOn(LocalDate.of(2024, 9, 1));
        // February keyed the day of the meeting; March keyed on the 10th day after the 25th (4 April): on time;
        // April keyed on the 11th day after the 20th (1 May): late. May has no finished meeting (a draft is not
        // read at all). June has two meetings: the one keyed sooner after its date counts, on time.
        club.meeting(LocalDate.of(2024, 2, 21))
                .meetingKeyedOn(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 4, 4))
                .meetingKeyedOn(LocalDate.of(2024, 4, 20), LocalDate.of(2024, 5, 1))
                .meetingKeyedOn(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 7, 20))
                .meetingKeyedOn(LocalDate.of(2024, 6, 24), LocalDate.of(2024, 6, 30))
                // September: the club is dissolved on the 1st; its late-kept August book still counts in August.
                .meetingKeyedOn(LocalDate.of(2024, 8, 30), LocalDate.of(2024, 9, 25));
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 8, 9).stream().map(m -> value(f, month(m), "BOOKS_EXPECTED")))
                .containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 1L, 0L);
        assertThat(List.of(1, 2, 3, 4, 5, 6, 8, 9).stream().map(m -> value(f, month(m), "BOOKS_KEYED")))
                .containsExactly(0L, 1L, 1L, 1L, 0L, 1L, 1L, 0L);
        assertThat(List.of(1, 2, 3, 4, 5, 6, 8, 9).stream().map(m -> value(f, month(m), "BOOKS_KEYED_ON_TIME")))
                .containsExactly(0L, 1L, 1L, 0L, 0L, 1L, 0L, 0L);

        assertThat(MeetingBook.of(YearMonth.of(2024, 4), club.build().meetings(), END_OF_2024))
                .isEqualTo(new MeetingBook(YearMonth.of(2024, 4), LocalDate.of(2024, 4, 20), LocalDate.of(2024, 5, 1), 11,
                        MeetingBook.State.LATE));
        assertThat(MeetingBook.of(YearMonth.of(2024, 6), club.build().meetings(), END_OF_2024).heldOn())
                .isEqualTo(LocalDate.of(2024, 6, 24));
        assertThat(MeetingBook.of(YearMonth.of(2024, 5), club.build().meetings(), END_OF_2024).state())
                .isEqualTo(MeetingBook.State.MISSING);
        assertThat(MeetingBook.of(YearMonth.of(2024, 12), club.build().meetings(), END_OF_2024).state())
                .isEqualTo(MeetingBook.State.WAITING);
    }

    static Period month(int month) {
        return Period.month(YearMonth.of(2024, month));
    }

    static FactKey key(Period p, String code, String dims) {
        return FactKey.of(p, code, dims);
    }

    static long value(ClubFigures.Facts f, Period p, String code) {
        return f.values().getOrDefault(key(p, code, ""), 0L);
    }

    /** A code's figures in a period: the total under "" and each disaggregation under its key ("SEX=F"). */
    static Map<String, Long> figures(ClubFigures.Facts f, Period p, String code) {
        Map<String, Long> out = new HashMap<>();
        f.values().forEach((k, v) -> {
            if (k.kind() == p.kind() && k.start().equals(p.start()) && k.code().equals(code)) {
                out.put(k.dims(), v);
            }
        });
        return out;
    }

    @Test
    void peopleHelpedCountEachPersonOnceInAPeriodAndTheRecordsOfHelpEachTime() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1950, 1, 1)).joined(FOUNDED);
        UUID neighbour = UUID.randomUUID();
        // Hoa is helped in April and again in May; a neighbour who is not a member twice in May, once in August.
        club.helped(hoa, LocalDate.of(2024, 4, 3)).helped(hoa, LocalDate.of(2024, 5, 8))
                .helped(neighbour, LocalDate.of(2024, 5, 9)).helped(neighbour, LocalDate.of(2024, 5, 20))
                .helped(neighbour, LocalDate.of(2024, 8, 1));
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        assertThat(List.of(4, 5, 8).stream().map(m -> value(f, month(m), "PEOPLE_HELPED"))).containsExactly(1L, 2L, 1L);
        assertThat(List.of(4, 5, 8).stream().map(m -> value(f, month(m), "SELF_HELP_RECORDS")))
                .containsExactly(1L, 3L, 1L);
        // The second quarter: Hoa and the neighbour, in 4 records; the year: the same two people, in 5.
        assertThat(value(f, Q2, "PEOPLE_HELPED")).isEqualTo(2);
        assertThat(value(f, Q3, "PEOPLE_HELPED")).isEqualTo(1);
        assertThat(value(f, YEAR, "PEOPLE_HELPED")).isEqualTo(2);
        // The people helped are named, for an area and a range of months to count each once.
        assertThat(f.sharedPeople().get(key(Q2, "PEOPLE_HELPED", ""))).containsExactlyInAnyOrder(hoa, neighbour);
        assertThat(f.sharedPeople().get(key(month(4), "PEOPLE_HELPED", ""))).containsExactly(hoa);
    }

    @Test
    void entitlementCasesResolvedAreThoseAppliedForInThePeriodThatObtainedTheBenefitWithinIt() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        club.member(Person.Sex.F).born(LocalDate.of(1950, 1, 1)).joined(FOUNDED);
        // Applied for in October: one obtained in October, two in November, one refused in November.
        club.claim(LocalDate.of(2024, 10, 2), EntitlementCase.Status.OBTAINED, LocalDate.of(2024, 10, 30))
                .claim(LocalDate.of(2024, 10, 5), EntitlementCase.Status.OBTAINED, LocalDate.of(2024, 11, 4))
                .claim(LocalDate.of(2024, 10, 9), EntitlementCase.Status.OBTAINED, LocalDate.of(2024, 11, 6))
                .claim(LocalDate.of(2024, 10, 12), EntitlementCase.Status.REFUSED, LocalDate.of(2024, 11, 7))
                // Applied for in November: one obtained that month, one still waiting, one obtained in December.
                .claim(LocalDate.of(2024, 11, 3), EntitlementCase.Status.OBTAINED, LocalDate.of(2024, 11, 25))
                .claim(LocalDate.of(2024, 11, 10), EntitlementCase.Status.APPLIED, null)
                .claim(LocalDate.of(2024, 11, 20), EntitlementCase.Status.OBTAINED, LocalDate.of(2024, 12, 2));
        ClubFigures.Facts f = ClubFigures.compute(club.build(), YearMonth.of(2024, 1), END_OF_2024);

        // November: 3 cases applied for, 1 of them resolved within it (October's two obtained in November do not
        // count: they were not applied for in November).
        assertThat(value(f, month(11), "ENTITLEMENT_CASES")).isEqualTo(3);
        assertThat(value(f, month(11), "ENTITLEMENT_CASES_RESOLVED")).isEqualTo(1);
        assertThat(value(f, month(10), "ENTITLEMENT_CASES")).isEqualTo(4);
        assertThat(value(f, month(10), "ENTITLEMENT_CASES_RESOLVED")).isEqualTo(1);
        assertThat(value(f, month(12), "ENTITLEMENT_CASES_RESOLVED")).isZero();
        // The fourth quarter: 7 cases applied for in it, 5 obtained within it.
        Period q4 = Period.quarter(2024, 4);
        assertThat(value(f, q4, "ENTITLEMENT_CASES_RESOLVED")).isEqualTo(5);
        assertThat(value(f, YEAR, "ENTITLEMENT_CASES_RESOLVED")).isEqualTo(5);
    }

    /** Pairs of a disaggregation and its figure: "", 4, "SEX=F", 3… */
    static Map<String, Long> expect(Object... pairs) {
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return out;
    }

    /** Equal monthly instalments from a first day. */
    static List<LoanSchedule.Instalment> monthly(LocalDate first, int n, long principal, long interest) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(k -> new LoanSchedule.Instalment(k, first.plusMonths(k - 1), principal, interest)).toList();
    }
}
