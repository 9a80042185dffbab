package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ishc.members.MembershipFacts;

/**
 * A club's figures for each month from one month to another, and for the quarters and years those
 * months fall in where a figure counts what happened within the period (indicators.md's definitions):
 * the same records give the same figures, whether computed as records change or all over again. Each
 * family of indicators is counted by its own class (membership, meetings, health, activities,
 * entitlements, home care, funds and loans); this one says which months and periods each counts.
 */
final class ClubFigures {

    /** The figures of a club, and for the figures that count persons, which of its people in other clubs they count. */
    record Facts(Map<FactKey, Long> values, Map<FactKey, Set<UUID>> sharedPeople) {
    }

    private final ClubRecords r;
    private final LocalDate today;
    private final ClubFacts facts;
    private final MembershipFigures membership;
    private final MeetingFigures meetings;
    private final HealthFigures health;
    private final ActivityFigures activities;
    private final EntitlementFigures entitlements;
    private final HomeCareFigures homeCare;
    private final FundFigures funds;

    private ClubFigures(ClubRecords records, LocalDate today) {
        this.r = records;
        this.today = today;
        this.facts = new ClubFacts(records, today);
        this.membership = new MembershipFigures(facts);
        this.meetings = new MeetingFigures(facts);
        this.health = new HealthFigures(facts);
        this.activities = new ActivityFigures(facts);
        this.entitlements = new EntitlementFigures(facts);
        this.homeCare = new HomeCareFigures(facts);
        this.funds = new FundFigures(facts);
    }

    /**
     * The figures of the months from one to the month of {@code today}; the running month and its
     * quarter and year are taken as they stand today.
     */
    static Facts compute(ClubRecords records, YearMonth from, LocalDate today) {
        YearMonth to = YearMonth.from(today);
        ClubFigures f = new ClubFigures(records, today);
        YearMonth first = from.isBefore(YearMonth.from(records.foundedOn())) ? YearMonth.from(records.foundedOn()) : from;
        for (YearMonth m = first; !m.isAfter(to); m = m.plusMonths(1)) {
            f.month(m);
            f.inPeriod(Period.month(m));
        }
        for (Period p : periodsAround(first, to)) {
            f.inPeriod(p);
        }
        f.missedBefore(first, to);
        return f.facts.facts();
    }

    /**
     * Not an indicator: for each month the club is active in, the last month up to it in which it was active
     * and did not hold its meeting ({@code MISSED=2026-03}; "" when none), from which an area's clubs that met
     * in every month of a free range of months are counted: those active in its last month that missed none
     * from its first.
     */
    void missedBefore(YearMonth first, YearMonth to) {
        YearMonth missed = null;
        for (YearMonth m = first; !m.isAfter(to); m = m.plusMonths(1)) {
            if (facts.value(FactKey.month(m, Indicator.CLUBS_ACTIVE.name(), "")) != 1) {
                continue;
            }
            if (facts.value(FactKey.month(m, Indicator.CLUBS_MET_MONTHLY.name(), "")) != 1) {
                missed = m;
            }
            facts.addKept(m, Sums.MISSED_BEFORE, missed == null ? "" : Sums.MISSED_MONTH + "=" + missed, 1);
        }
    }

    /** The figures of a club counted over a period as a whole (a range of months: those not kept). */
    static Facts overPeriod(ClubRecords records, Period period, LocalDate today) {
        ClubFigures f = new ClubFigures(records, today);
        f.inPeriod(period);
        return f.facts.facts();
    }

    /** The quarters and years that the months from one to another fall in. */
    static List<Period> periodsAround(YearMonth from, YearMonth to) {
        List<Period> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (m.equals(from) || m.getMonthValue() % 3 == 1) {
                out.add(Period.quarter(m.getYear(), (m.getMonthValue() + 2) / 3));
            }
            if (m.equals(from) || m.getMonthValue() == 1) {
                out.add(Period.year(m.getYear()));
            }
        }
        return out;
    }

    /** A month's figures: stocks on its last day (today in the running month), flows over its days. */
    private void month(YearMonth month) {
        LocalDate s = month.atDay(1);
        LocalDate e = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        membership.month(month, s, e);
        if (r.activeOn(e)) {
            List<MembershipFacts.Member> members = membership.membersOn(e);
            Set<UUID> memberIds = new HashSet<>();
            members.forEach(m -> memberIds.add(m.enrolment().personId()));
            membership.active(month, e, members);
            health.active(month, e, members);
            funds.active(month, e, memberIds);
            homeCare.active(month, e);
            activities.active(month, e);
            meetings.book(month);
        }
        if (!r.foundedOn().isAfter(e)) {
            // What a dissolved club's borrowers owe stays owed until repaid or written off.
            funds.owed(month, e);
        }
        meetings.flows(month, s, e);
        activities.flows(month, s, e);
        entitlements.flows(month, s, e);
        health.flows(month, s, e);
        homeCare.flows(month, s, e);
        funds.flows(month, s, e);
    }

    /** Figures counted over a period as a whole: the people helped and cases resolved always, the others while active. */
    private void inPeriod(Period p) {
        LocalDate s = p.start();
        LocalDate e = p.end().isAfter(today) ? today : p.end();
        activities.period(p, s, e);
        entitlements.period(p, s, e);
        if (!r.activeOn(e)) {
            return;
        }
        meetings.period(p, s, e);
        homeCare.period(p, s, e);
        health.period(p, s, e);
    }
}
