package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which schedule of a loan rescheduled twice was in force at the end of a day. */
class LentScheduleOnTest {

    static final LocalDate LENT = LocalDate.of(2026, 1, 10);

    @Test
    void eachDayReadsTheScheduleInForceThen() {
        List<LoanSchedule.Instalment> first = List.of(instalment(1, LENT.plusMonths(1)), instalment(2, LENT.plusMonths(2)));
        List<LoanSchedule.Instalment> second = List.of(instalment(1, LocalDate.of(2026, 6, 5)));
        List<LoanSchedule.Instalment> now = List.of(instalment(1, LocalDate.of(2026, 9, 5)));
        LocalDate once = LocalDate.of(2026, 5, 5);
        LocalDate twice = LocalDate.of(2026, 8, 5);
        FundFacts.Lent loan = new FundFacts.Lent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), LENT, 2_000,
                Loans.Status.DISBURSED, null, now,
                List.of(new FundFacts.Replaced(once, first), new FundFacts.Replaced(twice, second)));

        assertThat(loan.scheduleOn(LENT)).isEqualTo(first);
        assertThat(loan.scheduleOn(once.minusDays(1))).isEqualTo(first);
        assertThat(loan.scheduleOn(once)).as("in force from the day decided").isEqualTo(second);
        assertThat(loan.scheduleOn(twice.minusDays(1))).isEqualTo(second);
        assertThat(loan.scheduleOn(twice)).isEqualTo(now);
        assertThat(loan.scheduleOn(twice.plusYears(1))).isEqualTo(now);
        assertThat(new FundFacts.Lent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), LENT, 2_000,
                Loans.Status.DISBURSED, null, now).scheduleOn(LENT)).as("never rescheduled").isEqualTo(now);
    }

    private static LoanSchedule.Instalment instalment(int number, LocalDate dueOn) {
        return new LoanSchedule.Instalment(number, dueOn, 1_000, 0);
    }
}
