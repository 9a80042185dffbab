package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ishc.clubs.MeetingDay;
import vn.ishc.funds.LoanSchedule.DueDates;
import vn.ishc.funds.LoanSchedule.Instalment;
import vn.ishc.funds.LoanSchedule.Method;
import vn.ishc.funds.LoanSchedule.Paid;
import vn.ishc.funds.LoanSchedule.Plan;
import vn.ishc.funds.LoanSchedule.Prepayment;
import vn.ishc.funds.LoanSchedule.Repayment;
import vn.ishc.funds.LoanSchedule.Terms;

/** Schedules checked against figures worked out by hand, and over many random loans. */
class LoanScheduleTest {

    static final LocalDate DISBURSED = LocalDate.of(2025, 1, 31);

    @Test
    void aFlatLoanOfTenMillionOverTwelveMonthsAtPointEightPercentAMonth() {
        List<Instalment> s = LoanSchedule.of(10_000_000, 12, InterestRate.monthly(new BigDecimal("0.008")), Method.FLAT,
                Repayment.EQUAL_INSTALMENTS, 0, DISBURSED);
        // 10,000,000 / 12 = 833,333 a month, the 4 left over in the last; interest 80,000 every month.
        assertThat(s).hasSize(12);
        assertThat(s.get(0)).isEqualTo(new Instalment(1, LocalDate.of(2025, 2, 28), 833_333, 80_000));
        assertThat(s.get(11)).isEqualTo(new Instalment(12, LocalDate.of(2026, 1, 31), 833_337, 80_000));
        assertThat(s.stream().mapToLong(Instalment::principal).sum()).isEqualTo(10_000_000);
        assertThat(s.stream().mapToLong(Instalment::interest).sum()).isEqualTo(960_000);
    }

    @Test
    void aDecliningBalanceLoanOfSixMillionOverSixMonthsAtOnePercentAMonth() {
        List<Instalment> s = LoanSchedule.of(6_000_000, 6, InterestRate.monthly(new BigDecimal("0.01")), Method.DECLINING,
                Repayment.EQUAL_INSTALMENTS, 0, DISBURSED);
        // Annuity 6,000,000 × 0.01 / (1 − 1.01^−6) = 1,035,290.2; worked month by month:
        // interest 60,000 → principal 975,290, owed 5,024,710; interest 50,247 → 985,043, owed 4,039,667;
        // 40,397 → 994,893, owed 3,044,774; 30,448 → 1,004,842, owed 2,039,932; 20,399 → 1,014,891,
        // owed 1,025,041; last: interest 10,250 and the 1,025,041 left.
        assertThat(s).extracting(Instalment::interest).containsExactly(60_000L, 50_247L, 40_397L, 30_448L, 20_399L, 10_250L);
        assertThat(s).extracting(Instalment::principal)
                .containsExactly(975_290L, 985_043L, 994_893L, 1_004_842L, 1_014_891L, 1_025_041L);
        assertThat(s.subList(0, 5)).allSatisfy(i -> assertThat(i.total()).isEqualTo(1_035_290));
    }

    @Test
    void interestMonthlyAndPrincipalAtTheEndAndAGracePeriod() {
        List<Instalment> bullet = LoanSchedule.of(5_000_000, 4, InterestRate.monthly(new BigDecimal("0.005")), Method.FLAT,
                Repayment.PRINCIPAL_AT_END, 0, DISBURSED);
        assertThat(bullet).extracting(Instalment::principal).containsExactly(0L, 0L, 0L, 5_000_000L);
        assertThat(bullet).extracting(Instalment::interest).containsOnly(25_000L);

        List<Instalment> grace = LoanSchedule.of(3_000_000, 5, InterestRate.monthly(new BigDecimal("0.01")), Method.FLAT,
                Repayment.EQUAL_INSTALMENTS, 2, DISBURSED);
        assertThat(grace).extracting(Instalment::principal).containsExactly(0L, 0L, 1_000_000L, 1_000_000L, 1_000_000L);
        assertThat(grace).extracting(Instalment::interest).containsOnly(30_000L);
    }

    @Test
    void overManyRandomLoansThePrincipalIsRepaidExactlyInWholeDongAndNothingIsNegative() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            long amount = 100_000 + random.nextInt(200_000_000);
            int months = 1 + random.nextInt(36);
            int grace = random.nextInt(months);
            InterestRate rate = InterestRate.monthly(BigDecimal.valueOf(random.nextInt(300), 4));
            Method method = random.nextBoolean() ? Method.FLAT : Method.DECLINING;
            Repayment repayment = random.nextInt(4) == 0 ? Repayment.PRINCIPAL_AT_END : Repayment.EQUAL_INSTALMENTS;
            List<Instalment> s = LoanSchedule.of(amount, months, rate, method, repayment, grace, DISBURSED);
            assertThat(s).hasSize(months);
            assertThat(s.stream().mapToLong(Instalment::principal).sum()).as("loan %d", i).isEqualTo(amount);
            assertThat(s).allSatisfy(x -> {
                assertThat(x.principal()).isNotNegative();
                assertThat(x.interest()).isNotNegative();
            });
            if (method == Method.DECLINING && repayment == Repayment.EQUAL_INSTALMENTS && months - grace > 1) {
                long first = s.get(grace).total();
                assertThat(s.subList(grace, months - 1)).allSatisfy(x -> assertThat(x.total()).isEqualTo(first));
            }
        }
    }

    @Test
    void overManyRandomReschedulingsTheScheduleStillAddsUpToTheAmountKeepsWhatWasPaidAndFallsDueInOrder() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            long amount = 1_000_000 + random.nextInt(50_000_000);
            int months = 2 + random.nextInt(24);
            InterestRate rate = InterestRate.monthly(BigDecimal.valueOf(random.nextInt(200), 4));
            Method method = random.nextBoolean() ? Method.FLAT : Method.DECLINING;
            Repayment repayment = random.nextInt(4) == 0 ? Repayment.PRINCIPAL_AT_END : Repayment.EQUAL_INSTALMENTS;
            List<Instalment> old = LoanSchedule.of(amount, months, rate, method, repayment, 0, DISBURSED);
            LocalDate on = DISBURSED.plusDays(1 + random.nextInt(months * 30));
            long interestDue = old.stream().filter(x -> !x.dueOn().isAfter(on)).mapToLong(Instalment::interest).sum();
            long interestPaid = interestDue == 0 ? 0 : random.nextLong(interestDue + 1);
            long principalPaid = random.nextLong(amount);
            int term = 1 + random.nextInt(24);
            int grace = random.nextInt(term);
            List<Instalment> next = LoanSchedule.rescheduled(old, amount, principalPaid, interestPaid, on, term, rate,
                    method, repayment, grace);
            int kept = next.size() - term;
            assertThat(next.subList(0, kept)).as("loan %d keeps what was paid in full", i).isEqualTo(old.subList(0, kept));
            assertThat(next.subList(0, kept).stream().mapToLong(Instalment::principal).sum()).isLessThanOrEqualTo(principalPaid);
            assertThat(next.stream().mapToLong(Instalment::principal).sum()).as("loan %d", i).isEqualTo(amount);
            assertThat(next.stream().mapToLong(Instalment::interest).sum()).isGreaterThanOrEqualTo(interestPaid);
            for (int k = 0; k < next.size(); k++) {
                assertThat(next.get(k).number()).isEqualTo(k + 1);
                assertThat(next.get(k).principal()).isNotNegative();
                if (k > 0) {
                    assertThat(next.get(k).dueOn()).as("loan %d falls due in order", i).isAfterOrEqualTo(next.get(k - 1).dueOn());
                }
            }
            assertThat(next.subList(kept, next.size())).allSatisfy(x -> assertThat(x.dueOn()).isAfter(on));
        }
    }

    static final InterestRate ONE_PERCENT = InterestRate.monthly(new BigDecimal("0.01"));

    /** The hand-worked loan: 10,000,000 over 12 months at 1 % a month on the declining balance, equal payments. */
    static List<Instalment> tenMillionOverAYear() {
        return LoanSchedule.of(10_000_000, 12, ONE_PERCENT, Method.DECLINING, Repayment.EQUAL_INSTALMENTS, 0, DISBURSED);
    }

    static Terms declining(Prepayment prepayment) {
        return new Terms(ONE_PERCENT, Method.DECLINING, Repayment.EQUAL_INSTALMENTS, prepayment);
    }

    @Test
    void fiveMillionNineHundredThousandPrepaidAtMonthThreeIsRepaidOverTheSameTermWithSmallerInstalments() {
        List<Instalment> before = tenMillionOverAYear();
        // Payment 10,000,000 × 0.01 × 1.01¹² / (1.01¹² − 1) = 888,487.89 → 888,488:
        // 1: interest 100,000, principal 788,488, owed 9,211,512; 2: 92,115 and 796,373, owed 8,415,139;
        // 3: 84,151 and 804,337, owed 7,610,802. Left as it was, instalments 4 to 12 would bear 385,587 of interest.
        assertThat(before.subList(0, 3)).extracting(Instalment::principal).containsExactly(788_488L, 796_373L, 804_337L);
        assertThat(before.subList(3, 12).stream().mapToLong(Instalment::interest).sum()).isEqualTo(385_587);
        // On 30 April 2025, the third due day, the member pays the third instalment and 5,900,000 more: principal
        // repaid 788,488 + 796,373 + 804,337 + 5,900,000 = 8,289,198, owed 7,610,802 − 5,900,000 = 1,710,802.
        LocalDate third = LocalDate.of(2025, 4, 30);
        List<Instalment> after = LoanSchedule.afterPrepayment(before, 10_000_000, 8_289_198, third,
                new Plan(DISBURSED, 10_000_000, 12, 0, 1), declining(Prepayment.REDUCE_INSTALMENT));
        // The three instalments due stay as they were; the fourth month begins on the day paid, so it and the
        // later ones are worked out again on 1,710,802 over the 9 months left:
        // payment 1,710,802 × 0.01 × 1.01⁹ / (1.01⁹ − 1) = 199,719.65 → 199,720.
        //  4: interest 1,710,802 × 1 % = 17,108.02 → 17,108; principal 199,720 − 17,108 = 182,612; owed 1,528,190
        //  5: 15,281.90 → 15,282; 184,438; owed 1,343,752      6: 13,437.52 → 13,438; 186,282; owed 1,157,470
        //  7: 11,574.70 → 11,575; 188,145; owed 969,325        8: 9,693.25 → 9,693; 190,027; owed 779,298
        //  9: 7,792.98 → 7,793; 191,927; owed 587,371          10: 5,873.71 → 5,874; 193,846; owed 393,525
        // 11: 3,935.25 → 3,935; 195,785; owed 197,740          12: 1,977.40 → 1,977 and the 197,740 left.
        // The 5,900,000 paid ahead is carried in the fourth, so the repayments still meet the instalments in order.
        assertThat(after.subList(0, 3)).isEqualTo(before.subList(0, 3));
        assertThat(after).hasSize(12);
        assertThat(after.subList(3, 12)).containsExactly(
                new Instalment(4, LocalDate.of(2025, 5, 31), 5_900_000 + 182_612, 17_108),
                new Instalment(5, LocalDate.of(2025, 6, 30), 184_438, 15_282),
                new Instalment(6, LocalDate.of(2025, 7, 31), 186_282, 13_438),
                new Instalment(7, LocalDate.of(2025, 8, 31), 188_145, 11_575),
                new Instalment(8, LocalDate.of(2025, 9, 30), 190_027, 9_693),
                new Instalment(9, LocalDate.of(2025, 10, 31), 191_927, 7_793),
                new Instalment(10, LocalDate.of(2025, 11, 30), 193_846, 5_874),
                new Instalment(11, LocalDate.of(2025, 12, 31), 195_785, 3_935),
                new Instalment(12, LocalDate.of(2026, 1, 31), 197_740, 1_977));
        assertThat(after.stream().mapToLong(Instalment::principal).sum()).isEqualTo(10_000_000);
        // Interest still to come: 86,675 on what is owed, where 385,587 stayed on the amount before.
        assertThat(after.subList(3, 12).stream().mapToLong(Instalment::interest).sum()).isEqualTo(86_675);
        assertThat(LoanSchedule.paidAhead(before, 8_289_198, third, new Plan(DISBURSED, 10_000_000, 12, 0, 1)))
                .isEqualTo(5_900_000);
    }

    @Test
    void fiveMillionNineHundredThousandPrepaidAtMonthThreeUnderRulesKeepingTheInstalmentEndsTheLoanInMonthFive() {
        // As above, but the club keeps the member's instalment of 888,488 and the loan ends sooner:
        // 4: interest 17,108, principal 888,488 − 17,108 = 871,380, owed 1,710,802 − 871,380 = 839,422;
        // 5: interest 8,394.22 → 8,394 and the 839,422 left (847,816 in all); nothing is owed after May.
        List<Instalment> after = LoanSchedule.afterPrepayment(tenMillionOverAYear(), 10_000_000, 8_289_198,
                LocalDate.of(2025, 4, 30), new Plan(DISBURSED, 10_000_000, 12, 0, 1), declining(Prepayment.REDUCE_TERM));
        assertThat(after.subList(0, 3)).isEqualTo(tenMillionOverAYear().subList(0, 3));
        assertThat(after.subList(3, after.size())).containsExactly(
                new Instalment(4, LocalDate.of(2025, 5, 31), 5_900_000 + 871_380, 17_108),
                new Instalment(5, LocalDate.of(2025, 6, 30), 839_422, 8_394));
        assertThat(after.stream().mapToLong(Instalment::principal).sum()).isEqualTo(10_000_000);
    }

    @Test
    void aPaymentAheadInAMonthAlreadyBegunLeavesThatMonthsInstalmentAndAFullRepaymentEndsTheSchedule() {
        List<Instalment> before = tenMillionOverAYear();
        // 15 April is inside the third month (31 March to 30 April): the third instalment keeps its interest on
        // what was owed when the month began, and its principal is met first; the rest is worked out again.
        LocalDate midMonth = LocalDate.of(2025, 4, 15);
        long paid = 788_488 + 796_373 + 1_000_000;
        List<Instalment> after = LoanSchedule.afterPrepayment(before, 10_000_000, paid, midMonth,
                new Plan(DISBURSED, 10_000_000, 12, 0, 1), declining(Prepayment.REDUCE_INSTALMENT));
        assertThat(after.subList(0, 3)).isEqualTo(before.subList(0, 3));
        // Ahead of the third instalment: 1,000,000 − 804,337 = 195,663, carried in the fourth; owed 7,415,139.
        assertThat(after.get(3).principal() - 195_663 + after.subList(4, 12).stream().mapToLong(Instalment::principal).sum())
                .isEqualTo(10_000_000 - paid);
        assertThat(after.get(3).interest()).isEqualTo(74_151);

        // Everything repaid on that day: the schedule ends with the instalment that carries what was paid ahead.
        List<Instalment> repaid = LoanSchedule.afterPrepayment(before, 10_000_000, 10_000_000, midMonth,
                new Plan(DISBURSED, 10_000_000, 12, 0, 1), declining(Prepayment.REDUCE_INSTALMENT));
        assertThat(repaid).hasSize(4);
        assertThat(repaid.get(3)).isEqualTo(new Instalment(4, LocalDate.of(2025, 5, 31), 10_000_000 - 2_389_198, 0));
    }

    @Test
    void aFlatLoanPrepaidKeepsItsInterestOnTheAmountLentWhileItRunsAndEndsSoonerWhenTheInstalmentIsKept() {
        InterestRate rate = InterestRate.monthly(new BigDecimal("0.008"));
        List<Instalment> before = LoanSchedule.of(10_000_000, 10, rate, Method.FLAT, Repayment.EQUAL_INSTALMENTS, 0,
                DISBURSED);
        Plan plan = new Plan(DISBURSED, 10_000_000, 10, 0, 1);
        // Two instalments of 1,000,000 + 80,000 paid, then 3,000,000 ahead on the second due day: owed 5,000,000.
        LocalDate second = LocalDate.of(2025, 3, 31);
        List<Instalment> smaller = LoanSchedule.afterPrepayment(before, 10_000_000, 5_000_000, second, plan,
                new Terms(rate, Method.FLAT, Repayment.EQUAL_INSTALMENTS, Prepayment.REDUCE_INSTALMENT));
        // The term kept: 5,000,000 / 8 = 625,000 a month, interest still 80,000 (on the amount lent).
        assertThat(smaller).hasSize(10);
        assertThat(smaller.get(2)).isEqualTo(new Instalment(3, LocalDate.of(2025, 4, 30), 3_000_000 + 625_000, 80_000));
        assertThat(smaller.subList(3, 10)).allSatisfy(i -> assertThat(i).extracting(Instalment::principal, Instalment::interest)
                .containsExactly(625_000L, 80_000L));
        List<Instalment> sooner = LoanSchedule.afterPrepayment(before, 10_000_000, 5_000_000, second, plan,
                new Terms(rate, Method.FLAT, Repayment.EQUAL_INSTALMENTS, Prepayment.REDUCE_TERM));
        // The instalment kept: 1,000,000 a month for the 5,000,000 owed, five more months; the last three bear nothing.
        assertThat(sooner).hasSize(7);
        assertThat(sooner.get(2).principal()).isEqualTo(3_000_000 + 1_000_000);
        assertThat(sooner.subList(3, 7)).allSatisfy(i -> assertThat(i).extracting(Instalment::principal, Instalment::interest)
                .containsExactly(1_000_000L, 80_000L));
        assertThat(sooner.stream().mapToLong(Instalment::interest).sum()).isEqualTo(7 * 80_000);
    }

    @Test
    void aLoanRepaidAtTheEndKeepsItsTermAndUnderDecliningInterestItsLaterMonthsBearLess() {
        List<Instalment> before = LoanSchedule.of(6_000_000, 6, ONE_PERCENT, Method.DECLINING, Repayment.PRINCIPAL_AT_END,
                0, DISBURSED);
        Plan plan = new Plan(DISBURSED, 6_000_000, 6, 0, 1);
        for (Prepayment rule : Prepayment.values()) {
            // 2,000,000 ahead on the second due day: 4,000,000 owed, 40,000 of interest a month, all at the end.
            List<Instalment> after = LoanSchedule.afterPrepayment(before, 6_000_000, 2_000_000, LocalDate.of(2025, 3, 31),
                    plan, new Terms(ONE_PERCENT, Method.DECLINING, Repayment.PRINCIPAL_AT_END, rule));
            assertThat(after).extracting(Instalment::interest).containsExactly(60_000L, 60_000L, 40_000L, 40_000L, 40_000L,
                    40_000L);
            assertThat(after).extracting(Instalment::principal).containsExactly(0L, 0L, 2_000_000L, 0L, 0L, 4_000_000L);
        }
    }

    @Test
    void aYearlyRateIsATwelfthAMonthWorkedOutExactlyAndRoundedOnlyToTheDong() {
        // 10 % a year on 10,000,000: 10,000,000 × 0.1 / 12 = 83,333.33 → 83,333 a month (0.00833 a month gave 83,300).
        assertThat(LoanSchedule.of(10_000_000, 12, InterestRate.yearly(new BigDecimal("0.1")), Method.FLAT,
                Repayment.EQUAL_INSTALMENTS, 0, DISBURSED)).extracting(Instalment::interest).containsOnly(83_333L);
        // 0.8333 % a month as typed: 10,000,000 × 0.008333 = 83,330.
        assertThat(InterestRate.monthly(new BigDecimal("0.008333")).monthOn(10_000_000)).isEqualTo(83_330);
        // 12 % a year is 1 % a month: the same schedule to the đồng.
        assertThat(LoanSchedule.of(10_000_000, 12, InterestRate.yearly(new BigDecimal("0.12")), Method.DECLINING,
                Repayment.EQUAL_INSTALMENTS, 0, DISBURSED)).isEqualTo(tenMillionOverAYear());
        // 7 % a year on 1,234,567: 86,419.69 a year, 7,201.64 a month → 7,202 (not 1,234,567 × 0.00583 = 7,197).
        assertThat(InterestRate.yearly(new BigDecimal("0.07")).monthOn(1_234_567)).isEqualTo(7_202);
    }

    @Test
    void aRateAboveTwentyPerCentAYearIsAboveTheLegalCap() {
        assertThat(InterestRate.yearly(new BigDecimal("0.20")).aboveLegalCap()).isFalse();
        assertThat(InterestRate.yearly(new BigDecimal("0.2001")).aboveLegalCap()).isTrue();
        // 1.6 % a month is 19.2 % a year; 1.7 % a month is 20.4 %.
        assertThat(InterestRate.monthly(new BigDecimal("0.016")).aboveLegalCap()).isFalse();
        assertThat(InterestRate.monthly(new BigDecimal("0.017")).aboveLegalCap()).isTrue();
        assertThat(InterestRate.monthly(new BigDecimal("0.00800")).percent()).isEqualByComparingTo("0.8");
    }

    @Test
    void overManyRandomPrepaymentsTheScheduleAddsUpKeepsTheMonthsBegunAndNeverRaisesLaterInterest() {
        Random random = new Random(105);
        for (int i = 0; i < 2_000; i++) {
            long amount = 1_000_000 + random.nextInt(50_000_000);
            int months = 2 + random.nextInt(24);
            int grace = random.nextInt(3) == 0 ? random.nextInt(months) : 0;
            InterestRate rate = random.nextBoolean() ? InterestRate.monthly(BigDecimal.valueOf(random.nextInt(200), 4))
                    : InterestRate.yearly(BigDecimal.valueOf(random.nextInt(2_400), 4));
            Method method = random.nextBoolean() ? Method.FLAT : Method.DECLINING;
            Repayment repayment = random.nextInt(4) == 0 ? Repayment.PRINCIPAL_AT_END : Repayment.EQUAL_INSTALMENTS;
            Terms terms = new Terms(rate, method, repayment, random.nextBoolean() ? Prepayment.REDUCE_INSTALMENT
                    : Prepayment.REDUCE_TERM);
            Plan plan = new Plan(DISBURSED, amount, months, grace, 1);
            List<Instalment> old = LoanSchedule.of(amount, months, rate, method, repayment, grace, DISBURSED);
            LocalDate on = DISBURSED.plusDays(random.nextInt(months * 31));
            long due = old.stream().filter(x -> !x.dueOn().isAfter(on)).mapToLong(Instalment::principal).sum();
            long paid = Math.min(amount, due + 1 + random.nextLong(amount));
            List<Instalment> next = LoanSchedule.afterPrepayment(old, amount, paid, on, plan, terms);
            String loan = "loan " + i + " " + terms + " grace " + grace + " paid " + paid + " on " + on;
            assertThat(next.stream().mapToLong(Instalment::principal).sum()).as(loan).isEqualTo(amount);
            List<Instalment> begun = old.stream().filter(x -> !x.dueOn().isAfter(on)).toList();
            assertThat(next.subList(0, begun.size())).as(loan).isEqualTo(begun);
            for (int k = 0; k < next.size(); k++) {
                Instalment x = next.get(k);
                assertThat(x.number()).as(loan).isEqualTo(k + 1);
                assertThat(x.principal()).as(loan).isNotNegative();
                assertThat(x.interest()).as(loan).isNotNegative();
                if (k >= begun.size()) {
                    assertThat(x.dueOn()).as(loan).isAfter(on);
                }
            }
            for (int k = begun.size(); k < next.size(); k++) {
                assertThat(next.get(k).interest()).as(loan + " instalment " + (k + 1))
                        .isLessThanOrEqualTo(old.get(k).interest());
            }
        }
    }

    static Terms equalPrincipal(InterestRate rate, Prepayment prepayment, boolean round) {
        return new Terms(rate, Method.DECLINING, Repayment.EQUAL_PRINCIPAL, prepayment, round);
    }

    @Test
    void equalPrincipalRepaysTheSamePartEachMonthWithInterestOnWhatIsStillOwedSoInstalmentsFall() {
        List<Instalment> s = LoanSchedule.of(12_000_000, 12, 0,
                equalPrincipal(ONE_PERCENT, Prepayment.REDUCE_INSTALMENT, false), DISBURSED, DueDates.MONTHS_AFTER);
        // 12,000,000 / 12 = 1,000,000 a month; interest 1 % of what is owed: 12,000,000 → 120,000, 11,000,000 → 110,000…
        assertThat(s).extracting(Instalment::principal).containsOnly(1_000_000L);
        assertThat(s).extracting(Instalment::interest).containsExactly(120_000L, 110_000L, 100_000L, 90_000L, 80_000L,
                70_000L, 60_000L, 50_000L, 40_000L, 30_000L, 20_000L, 10_000L);
        assertThat(s).extracting(Instalment::total).containsExactly(1_120_000L, 1_110_000L, 1_100_000L, 1_090_000L,
                1_080_000L, 1_070_000L, 1_060_000L, 1_050_000L, 1_040_000L, 1_030_000L, 1_020_000L, 1_010_000L);
        assertThat(s.get(0)).isEqualTo(new Instalment(1, LocalDate.of(2025, 2, 28), 1_000_000, 120_000));
        // With two months' grace: interest only on 12,000,000, then 1,200,000 a month over the ten left.
        List<Instalment> grace = LoanSchedule.of(12_000_000, 12, 2,
                equalPrincipal(ONE_PERCENT, Prepayment.REDUCE_INSTALMENT, false), DISBURSED, DueDates.MONTHS_AFTER);
        assertThat(grace).extracting(Instalment::principal).containsExactly(0L, 0L, 1_200_000L, 1_200_000L, 1_200_000L,
                1_200_000L, 1_200_000L, 1_200_000L, 1_200_000L, 1_200_000L, 1_200_000L, 1_200_000L);
        assertThat(grace.subList(0, 4)).extracting(Instalment::interest).containsExactly(120_000L, 120_000L, 120_000L,
                108_000L);
    }

    @Test
    void equalPrincipalPrepaidKeepsTheTermWithASmallerPartOrKeepsThePartAndEndsSooner() {
        List<Instalment> before = LoanSchedule.of(12_000_000, 12, 0,
                equalPrincipal(ONE_PERCENT, Prepayment.REDUCE_INSTALMENT, false), DISBURSED, DueDates.MONTHS_AFTER);
        Plan plan = new Plan(DISBURSED, 12_000_000, 12, 0, 1);
        // Three instalments paid, then 4,500,000 ahead on the third due day (30 April): owed 9,000,000 − 4,500,000.
        LocalDate third = LocalDate.of(2025, 4, 30);
        List<Instalment> smaller = LoanSchedule.afterPrepayment(before, 12_000_000, 7_500_000, third, plan,
                equalPrincipal(ONE_PERCENT, Prepayment.REDUCE_INSTALMENT, false));
        // The term kept: 4,500,000 / 9 = 500,000 a month, interest 45,000, 40,000, … 5,000.
        assertThat(smaller.subList(0, 3)).isEqualTo(before.subList(0, 3));
        assertThat(smaller.get(3)).isEqualTo(new Instalment(4, LocalDate.of(2025, 5, 31), 4_500_000 + 500_000, 45_000));
        assertThat(smaller.subList(4, 12)).extracting(Instalment::principal).containsOnly(500_000L);
        assertThat(smaller.subList(3, 12)).extracting(Instalment::interest).containsExactly(45_000L, 40_000L, 35_000L,
                30_000L, 25_000L, 20_000L, 15_000L, 10_000L, 5_000L);
        // The part kept: 1,000,000 a month for the 4,500,000 owed, the loan ends in the ninth month.
        List<Instalment> sooner = LoanSchedule.afterPrepayment(before, 12_000_000, 7_500_000, third, plan,
                equalPrincipal(ONE_PERCENT, Prepayment.REDUCE_TERM, false));
        assertThat(sooner.subList(3, sooner.size())).containsExactly(
                new Instalment(4, LocalDate.of(2025, 5, 31), 4_500_000 + 1_000_000, 45_000),
                new Instalment(5, LocalDate.of(2025, 6, 30), 1_000_000, 35_000),
                new Instalment(6, LocalDate.of(2025, 7, 31), 1_000_000, 25_000),
                new Instalment(7, LocalDate.of(2025, 8, 31), 1_000_000, 15_000),
                new Instalment(8, LocalDate.of(2025, 9, 30), 500_000, 5_000));
        assertThat(sooner.stream().mapToLong(Instalment::principal).sum()).isEqualTo(12_000_000);
    }

    @Test
    void instalmentsRoundedToAThousandDongLetThePrincipalAbsorbTheRoundingAndTheLastRepayWhatIsLeft() {
        // 6,000,000 over 6 months at 1 % a month, equal payments of 1,035,290.2 rounded to 1,035,000:
        // 1: interest 60,000, principal 975,000, owed 5,025,000; 2: 50,250 and 984,750, owed 4,040,250;
        // 3: 40,402.5 → 40,403 and 994,597, owed 3,045,653; 4: 30,456.53 → 30,457 and 1,004,543, owed 2,041,110;
        // 5: 20,411.1 → 20,411 and 1,014,589, owed 1,026,521; 6: 10,265.21 → 10,265 and the 1,026,521 left.
        List<Instalment> s = LoanSchedule.of(6_000_000, 6, 0, new Terms(ONE_PERCENT, Method.DECLINING,
                Repayment.EQUAL_INSTALMENTS, Prepayment.REDUCE_INSTALMENT, true), DISBURSED, DueDates.MONTHS_AFTER);
        assertThat(s).extracting(Instalment::principal)
                .containsExactly(975_000L, 984_750L, 994_597L, 1_004_543L, 1_014_589L, 1_026_521L);
        assertThat(s).extracting(Instalment::interest).containsExactly(60_000L, 50_250L, 40_403L, 30_457L, 20_411L, 10_265L);
        assertThat(s.subList(0, 5)).extracting(Instalment::total).containsOnly(1_035_000L);
        assertThat(s.get(5).total()).isEqualTo(1_036_786);
        assertThat(s.stream().mapToLong(Instalment::principal).sum()).isEqualTo(6_000_000);

        // 10,000,000 equal principal over 12 months: 833,333 + 100,000 = 933,333 → 933,000 (principal 833,000);
        // 833,333 + 91,670 = 925,003 → 925,000 (principal 833,330). A month of interest only, 25,400 on 5,080,000
        // at 0.5 %, rounds up to 26,000: the principal cannot go below nothing, so it takes 600.
        List<Instalment> ep = LoanSchedule.of(10_000_000, 12, 0,
                equalPrincipal(ONE_PERCENT, Prepayment.REDUCE_INSTALMENT, true), DISBURSED, DueDates.MONTHS_AFTER);
        assertThat(ep.subList(0, 2)).containsExactly(new Instalment(1, LocalDate.of(2025, 2, 28), 833_000, 100_000),
                new Instalment(2, LocalDate.of(2025, 3, 31), 833_330, 91_670));
        assertThat(ep.stream().mapToLong(Instalment::principal).sum()).isEqualTo(10_000_000);
        assertThat(ep.subList(0, 11)).allSatisfy(i -> assertThat(i.total() % 1_000).isZero());
        List<Instalment> bullet = LoanSchedule.of(5_080_000, 3, 0, new Terms(InterestRate.monthly(new BigDecimal("0.005")),
                Method.FLAT, Repayment.PRINCIPAL_AT_END, Prepayment.REDUCE_INSTALMENT, true), DISBURSED,
                DueDates.MONTHS_AFTER);
        assertThat(bullet).containsExactly(new Instalment(1, LocalDate.of(2025, 2, 28), 600, 25_400),
                new Instalment(2, LocalDate.of(2025, 3, 31), 600, 25_400),
                new Instalment(3, LocalDate.of(2025, 4, 30), 5_078_800, 25_400));
    }

    @Test
    void instalmentsOnTheMeetingDayStartAtTheFirstMeetingAtLeastFifteenDaysAfterDisbursementThenMonthly() {
        Terms terms = equalPrincipal(ONE_PERCENT, Prepayment.REDUCE_INSTALMENT, false);
        // The club meets on the 10th; paid out on 5 January 2025: 10 February is 36 days on, the first due day.
        DueDates tenth = DueDates.meetingDay(MeetingDay.ofMonthDay(10));
        assertThat(LoanSchedule.of(3_000_000, 3, 0, terms, LocalDate.of(2025, 1, 5), tenth)).extracting(Instalment::dueOn)
                .containsExactly(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 10));
        // Paid out on 28 January, the club meeting on the 3rd: 3 February is 6 days on, fewer than 15, so the first
        // instalment is at the March meeting and the others follow month by month.
        DueDates third = DueDates.meetingDay(MeetingDay.ofMonthDay(3));
        assertThat(LoanSchedule.of(3_000_000, 3, 0, terms, LocalDate.of(2025, 1, 28), third)).extracting(Instalment::dueOn)
                .containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 3), LocalDate.of(2025, 5, 3));
        // 12 February is exactly 15 days after 28 January: close enough to be the first.
        DueDates twelfth = DueDates.meetingDay(MeetingDay.ofMonthDay(12));
        assertThat(LoanSchedule.of(3_000_000, 3, 0, terms, LocalDate.of(2025, 1, 28), twelfth).get(0).dueOn())
                .isEqualTo(LocalDate.of(2025, 2, 12));
        // Paid out on 1 March 2025, the club meeting on the 21st: 21 March is 20 days on, the first meeting due.
        DueDates twentyFirst = DueDates.meetingDay(MeetingDay.ofMonthDay(21));
        assertThat(LoanSchedule.of(3_000_000, 3, 0, terms, LocalDate.of(2025, 3, 1), twentyFirst))
                .extracting(Instalment::dueOn)
                .containsExactly(LocalDate.of(2025, 3, 21), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 21));
        // The second Sunday of each month, and the 31st in a month without one (26 days after 5 January: January's).
        DueDates secondSunday = DueDates.meetingDay(MeetingDay.ofWeekday(2, java.time.DayOfWeek.SUNDAY));
        assertThat(LoanSchedule.of(3_000_000, 3, 0, terms, LocalDate.of(2025, 1, 12), secondSunday))
                .extracting(Instalment::dueOn)
                .containsExactly(LocalDate.of(2025, 2, 9), LocalDate.of(2025, 3, 9), LocalDate.of(2025, 4, 13));
        DueDates last = DueDates.meetingDay(MeetingDay.ofMonthDay(31));
        assertThat(LoanSchedule.of(3_000_000, 3, 0, terms, LocalDate.of(2025, 1, 5), last)).extracting(Instalment::dueOn)
                .containsExactly(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31));
    }

    @Test
    void aPrepaymentOnALoanDueAtMeetingsKeepsTheMonthsBegunAndTheMeetingDays() {
        Terms terms = equalPrincipal(ONE_PERCENT, Prepayment.REDUCE_INSTALMENT, false);
        DueDates tenth = DueDates.meetingDay(MeetingDay.ofMonthDay(10));
        LocalDate paidOut = LocalDate.of(2025, 1, 5);
        List<Instalment> before = LoanSchedule.of(6_000_000, 6, 0, terms, paidOut, tenth);
        Plan plan = new Plan(paidOut, 6_000_000, 6, 0, 1, tenth);
        // Paid on 10 March, the second meeting: 2,000,000 for two instalments and 2,000,000 ahead; 2,000,000 owed
        // over the four months left, 500,000 each, interest 20,000, 15,000, 10,000, 5,000.
        List<Instalment> after = LoanSchedule.afterPrepayment(before, 6_000_000, 4_000_000, LocalDate.of(2025, 3, 10),
                plan, terms);
        assertThat(after).containsExactly(before.get(0), before.get(1),
                new Instalment(3, LocalDate.of(2025, 4, 10), 2_000_000 + 500_000, 20_000),
                new Instalment(4, LocalDate.of(2025, 5, 10), 500_000, 15_000),
                new Instalment(5, LocalDate.of(2025, 6, 10), 500_000, 10_000),
                new Instalment(6, LocalDate.of(2025, 7, 10), 500_000, 5_000));
        // Rescheduled on 20 March over 3 months: the new instalments fall on the meetings from April.
        List<Instalment> rescheduled = LoanSchedule.rescheduled(before, new Paid(6_000_000, 2_000_000, 110_000),
                LocalDate.of(2025, 3, 20), 3, 0, terms, tenth);
        assertThat(rescheduled.subList(2, 5)).extracting(Instalment::dueOn)
                .containsExactly(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 5, 10), LocalDate.of(2025, 6, 10));
        assertThat(rescheduled.stream().mapToLong(Instalment::principal).sum()).isEqualTo(6_000_000);
    }

    @Test
    void overManyRandomLoansRoundedOrOnMeetingDaysThePrincipalAddsUpAndAllButTheLastAreWholeThousands() {
        Random random = new Random(10_770);
        for (int i = 0; i < 2_000; i++) {
            long amount = 1_000_000 + random.nextInt(100_000_000);
            int months = 1 + random.nextInt(36);
            int grace = random.nextInt(months);
            InterestRate rate = random.nextBoolean() ? InterestRate.monthly(BigDecimal.valueOf(random.nextInt(300), 4))
                    : InterestRate.yearly(BigDecimal.valueOf(random.nextInt(2_400), 4));
            Repayment repayment = Repayment.values()[random.nextInt(Repayment.values().length)];
            Method method = repayment == Repayment.EQUAL_PRINCIPAL || random.nextBoolean() ? Method.DECLINING : Method.FLAT;
            Terms terms = new Terms(rate, method, repayment, random.nextBoolean() ? Prepayment.REDUCE_INSTALMENT
                    : Prepayment.REDUCE_TERM, true);
            LocalDate paidOut = DISBURSED.plusDays(random.nextInt(400));
            DueDates due = random.nextBoolean() ? DueDates.MONTHS_AFTER
                    : DueDates.meetingDay(MeetingDay.ofMonthDay(1 + random.nextInt(31)));
            List<Instalment> s = LoanSchedule.of(amount, months, grace, terms, paidOut, due);
            String loan = "loan " + i + " " + terms + " " + amount + " over " + months + " grace " + grace;
            assertThat(s).as(loan).hasSize(months);
            assertThat(s.stream().mapToLong(Instalment::principal).sum()).as(loan).isEqualTo(amount);
            assertThat(s.subList(0, months - 1)).as(loan).allSatisfy(x -> assertThat(x.total() % 1_000).isZero());
            assertThat(s.get(0).dueOn()).as(loan).isAfterOrEqualTo(paidOut.plusDays(15));
            for (int k = 0; k < months; k++) {
                assertThat(s.get(k).principal()).as(loan).isNotNegative();
                if (k > 0) {
                    assertThat(s.get(k).dueOn()).as(loan).isAfter(s.get(k - 1).dueOn());
                }
            }
            Plan plan = new Plan(paidOut, amount, months, grace, 1, due);
            LocalDate on = paidOut.plusDays(random.nextInt(months * 31));
            long dueBy = s.stream().filter(x -> !x.dueOn().isAfter(on)).mapToLong(Instalment::principal).sum();
            long paid = Math.min(amount, dueBy + 1 + random.nextLong(amount));
            List<Instalment> next = LoanSchedule.afterPrepayment(s, amount, paid, on, plan, terms);
            assertThat(next.stream().mapToLong(Instalment::principal).sum()).as(loan + " prepaid").isEqualTo(amount);
        }
    }
}
