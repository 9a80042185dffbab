package vn.ishc.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How many visits a plan asks for in a month: weeks are counted in the month of their Monday. */
class HomeCarePlannedVisitsTest {

    static CareRecipient inCare(LocalDate from, LocalDate endedOn) {
        return new CareRecipient(UUID.randomUUID(), UUID.randomUUID(), null, "Cụ A", null, Set.of(CareReason.FRAIL), from,
                endedOn, endedOn == null ? null : "Chuyển đi", 0);
    }

    static CarePlan plan(int visits, PlanPeriod per) {
        return new CarePlan(UUID.randomUUID(), LocalDate.of(2024, 1, 1), visits, per, Set.of(CareTask.MEALS));
    }

    @Test
    void aWeekPlanAsksForItsVisitsInEachWeekWhoseMondayFallsInTheMonth() {
        CareRecipient r = inCare(LocalDate.of(2024, 1, 1), null);
        // June 2025: Mondays 2, 9, 16, 23, 30; the week of Monday 26 May, ending 1 June, belongs to May.
        assertThat(HomeCareProgress.plannedIn(plan(2, PlanPeriod.WEEK), r, YearMonth.of(2025, 6))).isEqualTo(10);
        // February 2026: Mondays 2, 9, 16, 23.
        assertThat(HomeCareProgress.plannedIn(plan(1, PlanPeriod.WEEK), r, YearMonth.of(2026, 2))).isEqualTo(4);
    }

    @Test
    void aWeekPlanCountsOnlyTheWeeksInCare() {
        // In care from Wednesday 11 June 2025 (its week counts) until Tuesday 24 June (the week of the 23rd counts).
        CareRecipient r = inCare(LocalDate.of(2025, 6, 11), LocalDate.of(2025, 6, 24));
        assertThat(HomeCareProgress.plannedIn(plan(3, PlanPeriod.WEEK), r, YearMonth.of(2025, 6))).isEqualTo(9);
    }

    @Test
    void aMonthPlanAsksForItsVisitsWhateverTheWeeks() {
        CareRecipient r = inCare(LocalDate.of(2025, 6, 20), null);
        assertThat(HomeCareProgress.plannedIn(plan(4, PlanPeriod.MONTH), r, YearMonth.of(2025, 6))).isEqualTo(4);
    }
}
