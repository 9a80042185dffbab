package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ishc.reporting.ClubRecordsFixtures.aClubFoundedOn;
import static vn.ishc.reporting.FamilyFacts.value;
import static vn.ishc.reporting.Indicator.HOMECARE_RECIPIENTS;
import static vn.ishc.reporting.Indicator.HOMECARE_RECIPIENTS_ON_PLAN;
import static vn.ishc.reporting.Indicator.HOMECARE_VISITS;
import static vn.ishc.reporting.Indicator.HOMECARE_VOLUNTEERS;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ishc.homecare.PlanPeriod;

class HomeCareFiguresTest {

    @Test
    void visitsAreSetAgainstThePlanOverThePeriodAsAWhole() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(LocalDate.of(2024, 1, 10));
        club.volunteer(LocalDate.of(2024, 3, 1), null);
        // Two visits a month from April: 2 in April, 1 in May, 3 in June: behind in May, on plan over the quarter.
        club.inCare(LocalDate.of(2024, 4, 1), null, 2, PlanPeriod.MONTH, LocalDate.of(2024, 4, 5),
                LocalDate.of(2024, 4, 20), LocalDate.of(2024, 5, 10), LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 17),
                LocalDate.of(2024, 6, 28));
        ClubFacts facts = new ClubFacts(club.build(), LocalDate.of(2024, 12, 31));
        HomeCareFigures figures = new HomeCareFigures(facts);
        YearMonth may = YearMonth.of(2024, 5);
        Period mayAlone = Period.month(may);
        Period q2 = Period.quarter(2024, 2);

        figures.active(may, may.atEndOfMonth());
        figures.flows(may, may.atDay(1), may.atEndOfMonth());
        figures.period(mayAlone, mayAlone.start(), mayAlone.end());
        figures.period(q2, q2.start(), q2.end());

        assertThat(value(facts, may, HOMECARE_VOLUNTEERS, "")).isEqualTo(1);
        assertThat(value(facts, may, HOMECARE_RECIPIENTS, "")).isEqualTo(1);
        assertThat(value(facts, may, HOMECARE_VISITS, "")).isEqualTo(1);
        assertThat(value(facts, mayAlone, HOMECARE_RECIPIENTS_ON_PLAN, "")).isZero();
        assertThat(value(facts, q2, HOMECARE_RECIPIENTS_ON_PLAN, "")).isEqualTo(1);
    }
}
