package vn.ishc.reporting;

import static vn.ishc.reporting.ClubFacts.within;
import static vn.ishc.reporting.Indicator.HOMECARE_RECIPIENTS;
import static vn.ishc.reporting.Indicator.HOMECARE_RECIPIENTS_ON_PLAN;
import static vn.ishc.reporting.Indicator.HOMECARE_VISITS;
import static vn.ishc.reporting.Indicator.HOMECARE_VOLUNTEERS;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.ishc.homecare.HomeCareFacts;

/** Home care: volunteers and recipients on the month's last day, the visits, and over a period the recipients visited as planned. */
final class HomeCareFigures {

    private final ClubFacts f;
    private final ClubRecords r;
    private final LocalDate today;

    HomeCareFigures(ClubFacts facts) {
        this.f = facts;
        this.r = facts.records();
        this.today = facts.today();
    }

    /** An active club's volunteers and care recipients on the month's last day. */
    void active(YearMonth month, LocalDate e) {
        f.add(month, HOMECARE_VOLUNTEERS, "", r.volunteers().stream().filter(v -> v.on(e)).count());
        f.add(month, HOMECARE_RECIPIENTS, "", r.recipients().stream().filter(v -> v.on(e)).count());
    }

    /** The home visits from {@code s} to {@code e}. */
    void flows(YearMonth month, LocalDate s, LocalDate e) {
        r.visits().stream().filter(v -> within(v.on(), s, e)).forEach(v -> f.add(month, HOMECARE_VISITS, "", 1));
    }

    /** The recipients of an active club visited over the period (to {@code e}) at least as often as their plans ask. */
    void period(Period p, LocalDate s, LocalDate e) {
        YearMonth last = p.last().isAfter(YearMonth.from(today)) ? YearMonth.from(today) : p.last();
        long onPlan = 0;
        for (HomeCareFacts.Cared c : r.cared()) {
            int planned = 0;
            long due = 0;
            for (YearMonth m = p.first(); !m.isAfter(last); m = m.plusMonths(1)) {
                int asked = c.plannedIn(m);
                planned += asked;
                due += dueSoFar(m, asked);
            }
            if (planned > 0 && c.visitedBetween(s, e) >= due) {
                onPlan++;
            }
        }
        f.put(p, HOMECARE_RECIPIENTS_ON_PLAN, "", onPlan);
    }

    /** The visits a month's plan asks for by today: all of a month gone by, the running month's by the days passed (whole visits). */
    private long dueSoFar(YearMonth month, int asked) {
        if (!month.equals(YearMonth.from(today))) {
            return asked;
        }
        return (long) asked * today.getDayOfMonth() / month.lengthOfMonth();
    }
}
