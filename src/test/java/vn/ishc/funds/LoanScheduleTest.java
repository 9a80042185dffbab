package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ishc.funds.LoanSchedule.Instalment;
import vn.ishc.funds.LoanSchedule.Method;
import vn.ishc.funds.LoanSchedule.Repayment;

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
}
