package vn.ishc.reporting;

import static vn.ishc.reporting.ClubFacts.within;
import static vn.ishc.reporting.Indicator.ENTITLEMENT_CASES;
import static vn.ishc.reporting.Indicator.ENTITLEMENT_CASES_RESOLVED;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.ishc.activities.ActivityFacts;
import vn.ishc.activities.EntitlementCase;

/** The entitlement cases: those applied for in a month, and over a period those that obtained the benefit within it. */
final class EntitlementFigures {

    private final ClubFacts f;
    private final ClubRecords r;

    EntitlementFigures(ClubFacts facts) {
        this.f = facts;
        this.r = facts.records();
    }

    /** The cases applied for from {@code s} to {@code e}, and of those obtained by today, by the month obtained. */
    void flows(YearMonth month, LocalDate s, LocalDate e) {
        for (ActivityFacts.Claim c : r.claims()) {
            if (within(c.appliedOn(), s, e)) {
                f.add(month, ENTITLEMENT_CASES, "", 1);
                if (c.status() == EntitlementCase.Status.OBTAINED && c.decidedOn() != null
                        && !c.decidedOn().isAfter(f.today())) {
                    // By the month obtained, for a range of months to count those obtained by its end.
                    f.addKept(month, Sums.OBTAINED_BY, Sums.OBTAINED_BY_MONTH + "=" + YearMonth.from(c.decidedOn()), 1);
                }
            }
        }
    }

    /**
     * Of the entitlement cases applied for within the period, those that obtained the benefit within it (so
     * never more than the cases): a case applied for in one month and obtained in the next counts in neither
     * month, but in their quarter if both fall in it. Counted as the cases are, whether or not the club is active.
     */
    void period(Period p, LocalDate s, LocalDate e) {
        long n = r.claims().stream().filter(c -> within(c.appliedOn(), s, e) && c.status() == EntitlementCase.Status.OBTAINED
                && c.decidedOn() != null && !c.decidedOn().isAfter(e)).count();
        f.put(p, ENTITLEMENT_CASES_RESOLVED, "", n);
    }
}
