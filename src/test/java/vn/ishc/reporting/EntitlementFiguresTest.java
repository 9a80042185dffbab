package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ishc.reporting.ClubRecordsFixtures.aClubFoundedOn;
import static vn.ishc.reporting.FamilyFacts.value;
import static vn.ishc.reporting.Indicator.ENTITLEMENT_CASES;
import static vn.ishc.reporting.Indicator.ENTITLEMENT_CASES_RESOLVED;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ishc.activities.EntitlementCase;

class EntitlementFiguresTest {

    static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);

    @Test
    void aCaseResolvesInAPeriodOnlyWhenAppliedForAndObtainedWithinIt() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(LocalDate.of(2024, 1, 10));
        club.claim(LocalDate.of(2024, 10, 2), EntitlementCase.Status.OBTAINED, LocalDate.of(2024, 10, 30))
                .claim(LocalDate.of(2024, 10, 5), EntitlementCase.Status.OBTAINED, LocalDate.of(2024, 11, 4))
                .claim(LocalDate.of(2024, 10, 12), EntitlementCase.Status.REFUSED, LocalDate.of(2024, 11, 7));
        ClubFacts facts = new ClubFacts(club.build(), END_OF_2024);
        EntitlementFigures figures = new EntitlementFigures(facts);
        YearMonth october = YearMonth.of(2024, 10);
        Period octoberAlone = Period.month(october);
        Period q4 = Period.quarter(2024, 4);

        figures.flows(october, october.atDay(1), october.atEndOfMonth());
        figures.period(octoberAlone, octoberAlone.start(), octoberAlone.end());
        figures.period(q4, q4.start(), q4.end());

        assertThat(value(facts, october, ENTITLEMENT_CASES, "")).isEqualTo(3);
        assertThat(value(facts, octoberAlone, ENTITLEMENT_CASES_RESOLVED, "")).isEqualTo(1);
        assertThat(value(facts, q4, ENTITLEMENT_CASES_RESOLVED, "")).isEqualTo(2);
        // Kept by the month obtained, for a range of months to count those obtained by its end.
        assertThat(facts.facts().values()).containsEntry(FactKey.month(october, Sums.OBTAINED_BY, "BY=2024-11"), 1L);
    }
}
