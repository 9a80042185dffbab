package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ishc.activities.ActivityFacts;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.EntitlementCase;
import vn.ishc.activities.NewActivity;
import vn.ishc.funds.Account;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.FundFacts;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.homecare.HomeCareFacts;
import vn.ishc.meetings.MeetingFacts;
import vn.ishc.members.MembershipFacts;

/**
 * A club's figures for each month from one month to another, and for the quarters and years those
 * months fall in where a figure counts what happened within the period (indicators.md's definitions):
 * the same records give the same figures, whether computed as records change or all over again.
 */
final class ClubFigures {

    /** The figures of a club, and for the figures that count persons, which of its people in other clubs they count. */
    record Facts(Map<FactKey, Long> values, Map<FactKey, Set<UUID>> sharedPeople) {
    }

    private final ClubRecords r;
    private final LocalDate today;
    private final Map<FactKey, Long> values = new HashMap<>();
    private final Map<FactKey, Set<UUID>> shared = new HashMap<>();
    // A loan's own lines, gathered once: each month asks every loan what was repaid by a day.
    private final Map<UUID, List<FundFacts.Line>> linesOfLoan = new HashMap<>();
    // The day each written-off loan was written off (a write-off is never reversed).
    private final Map<UUID, LocalDate> writtenOffOn = new HashMap<>();

    private ClubFigures(ClubRecords records, LocalDate today) {
        this.r = records;
        this.today = today;
        for (FundFacts.Line l : records.lines()) {
            if (l.loanId() != null) {
                linesOfLoan.computeIfAbsent(l.loanId(), k -> new java.util.ArrayList<>()).add(l);
                if (l.kind() == Entry.Kind.WRITE_OFF) {
                    writtenOffOn.merge(l.loanId(), l.date(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
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
        return new Facts(f.values, f.shared);
    }

    /** The figures of a club counted over a period as a whole (a range of months: those not kept). */
    static Facts overPeriod(ClubRecords records, Period period, LocalDate today) {
        ClubFigures f = new ClubFigures(records, today);
        f.inPeriod(period);
        return new Facts(f.values, f.shared);
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

    private void month(YearMonth month) {
        LocalDate s = month.atDay(1);
        LocalDate e = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        boolean active = r.activeOn(e);
        add(month, "CLUBS_ACTIVE", "", active ? 1 : 0);
        add(month, "CLUBS_NEW", "", within(r.foundedOn(), s, e) ? 1 : 0);
        add(month, "CLUBS_DISSOLVED", "", r.dissolvedOn() != null && within(r.dissolvedOn(), s, e) ? 1 : 0);
        List<MembershipFacts.Member> members = r.members().stream().filter(m -> m.enrolment().memberOn(e)).toList();
        Set<UUID> memberIds = new HashSet<>();
        members.forEach(m -> memberIds.add(m.enrolment().personId()));
        for (MembershipFacts.Member m : r.members()) {
            MembershipFacts.Enrolment en = m.enrolment();
            if (within(en.joinedOn(), s, e)) {
                add(month, "MEMBERS_NEW", "", 1);
                add(month, "MEMBERS_NEW", "SEX=" + en.sex(), 1);
                if (en.ageOn(en.joinedOn()) >= 60) {
                    add(month, "MEMBERS_NEW_OLDER", "", 1);
                }
            }
            if (en.leftOn() != null && within(en.leftOn(), s, e)) {
                add(month, "MEMBERS_LEFT", "", 1);
            }
        }
        if (active) {
            coverage(month, e, members);
            quality(month, e, members);
            health(month, e, members);
            funds(month, e, memberIds);
            homeCare(month, e);
            add(month, "CLUBS_ALL_AREAS", "", allAreas(e) ? 1 : 0);
            add(month, "CLUBS_ART_TEAM", "", r.artTeamSince() != null && !r.artTeamSince().isAfter(e) ? 1 : 0);
            book(month);
        }
        if (!r.foundedOn().isAfter(e)) {
            // What a dissolved club's borrowers owe stays owed until repaid or written off.
            loansOwed(month, e);
        }
        flows(month, s, e);
    }

    /** An active club's meeting book of the month: expected, keyed, keyed on time (as {@link MeetingBook} says). */
    private void book(YearMonth month) {
        MeetingBook book = MeetingBook.of(month, r.meetings(), today);
        add(month, "BOOKS_EXPECTED", "", 1);
        add(month, "BOOKS_KEYED", "", book.keyed() ? 1 : 0);
        add(month, "BOOKS_KEYED_ON_TIME", "", book.onTime() ? 1 : 0);
    }

    private void coverage(YearMonth month, LocalDate e, List<MembershipFacts.Member> members) {
        for (MembershipFacts.Member m : members) {
            MembershipFacts.Enrolment en = m.enrolment();
            person(month, "MEMBERS", en, "", "SEX=" + en.sex(), "AGE=" + ageBand(en.ageOn(e)),
                    "HH=" + en.household(), "ETHNIC_MINORITY=" + (en.ethnicMinority() ? "Y" : "N"));
            if (m.enrolment().insuredOn(e, m.hasCard())) {
                person(month, "MEMBERS_HEALTH_INSURED", en, "");
            }
        }
    }

    private void quality(YearMonth month, LocalDate e, List<MembershipFacts.Member> members) {
        long n = members.size();
        long women = members.stream().filter(m -> m.enrolment().sex().name().equals("F")).count();
        long older = members.stream().filter(m -> m.enrolment().ageOn(e) >= 60).count();
        boolean size = n >= 50 && n <= 70;
        boolean womenOk = n > 0 && women * 100 >= 60 * n && women * 100 <= 70 * n;
        boolean olderOk = n > 0 && older * 100 >= 60 * n && older * 100 <= 70 * n;
        add(month, "CLUBS_SIZE_OK", "", size ? 1 : 0);
        add(month, "CLUBS_WOMEN_OK", "", womenOk ? 1 : 0);
        add(month, "CLUBS_OLDER_OK", "", olderOk ? 1 : 0);
        add(month, "CLUBS_STANDARD_OK", "", size && womenOk && olderOk ? 1 : 0);
    }

    private void health(YearMonth month, LocalDate e, List<MembershipFacts.Member> members) {
        LocalDate yearBack = e.minusMonths(12).plusDays(1);
        LocalDate quarterBack = e.minusMonths(3).plusDays(1);
        Map<UUID, MeetingFacts.Taken> lastYear = new HashMap<>();
        Map<UUID, MeetingFacts.Taken> lastQuarter = new HashMap<>();
        for (MeetingFacts.Taken t : r.readings()) {
            if (t.pressure() && !t.takenOn().isAfter(e) && !t.takenOn().isBefore(yearBack)) {
                lastYear.merge(t.personId(), t, (a, b) -> b.takenOn().isBefore(a.takenOn()) ? a : b);
                if (!t.takenOn().isBefore(quarterBack)) {
                    lastQuarter.merge(t.personId(), t, (a, b) -> b.takenOn().isBefore(a.takenOn()) ? a : b);
                }
            }
        }
        for (MembershipFacts.Member m : members) {
            MembershipFacts.Enrolment en = m.enrolment();
            MeetingFacts.PersonHealth h = r.health().get(en.personId());
            boolean treated = h != null && h.underTreatment();
            MeetingFacts.Taken last = lastYear.get(en.personId());
            if (treated || last != null && last.high()) {
                person(month, "MEMBERS_HYPERTENSIVE", en, "", "SEX=" + en.sex());
            }
            MeetingFacts.Taken recent = lastQuarter.get(en.personId());
            if (treated && recent != null && !recent.high()) {
                person(month, "MEMBERS_BP_CONTROLLED", en, "");
            }
            if (en.ageOn(e) >= 60 && h != null
                    && h.checkups().stream().anyMatch(d -> !d.isAfter(e) && !d.isBefore(yearBack))) {
                person(month, "MEMBERS_CHECKUP_12M", en, "");
            }
        }
    }

    private void flows(YearMonth month, LocalDate s, LocalDate e) {
        Map<UUID, MembershipFacts.Enrolment> byPerson = new HashMap<>();
        for (MeetingFacts.Held h : r.meetings()) {
            if (within(h.heldOn(), s, e)) {
                add(month, "MEETINGS_HELD", "", 1);
                add(month, "MEETING_ATTENDANCE_EXPECTED", "",
                        r.members().stream().filter(m -> m.enrolment().memberOn(h.heldOn())).count());
                for (UUID p : h.present()) {
                    MembershipFacts.Enrolment en = enrolmentOn(p, h.heldOn(), byPerson);
                    if (en != null) {
                        add(month, "MEETING_ATTENDANCE", "", 1);
                        add(month, "MEETING_ATTENDANCE", "SEX=" + en.sex(), 1);
                    }
                }
            }
        }
        for (ActivityFacts.Done a : r.activities()) {
            if (!within(a.on(), s, e)) {
                continue;
            }
            add(month, "ACTIVITIES", "", 1);
            add(month, "ACTIVITIES", "AREA=" + AREAS[a.kind().area() - 1], 1);
            switch (a.kind()) {
                case SELF_HELP -> add(month, "SELF_HELP_RECORDS", "", 1);
                case COMMUNITY -> add(month, "COMMUNITY_ACTIVITIES", "", 1);
                case DIALOGUE -> add(month, "DIALOGUES", "", 1);
                case RESOURCE -> {
                    if (a.resourceForm() == NewActivity.ResourceForm.IN_KIND && a.valueDong() != null) {
                        add(month, "IN_KIND_MOBILISED", "", a.valueDong());
                        add(month, "IN_KIND_MOBILISED", "SOURCE=" + source(a.sourceType()), a.valueDong());
                    }
                }
                default -> { }
            }
        }
        for (ActivityFacts.Claim c : r.claims()) {
            if (within(c.appliedOn(), s, e)) {
                add(month, "ENTITLEMENT_CASES", "", 1);
                if (c.status() == EntitlementCase.Status.OBTAINED && c.decidedOn() != null && !c.decidedOn().isAfter(today)) {
                    // By the month obtained, for a range of months to count those obtained by its end.
                    add(month, Sums.OBTAINED_BY, Sums.OBTAINED_BY_MONTH + "=" + YearMonth.from(c.decidedOn()), 1);
                }
            }
        }
        for (MeetingFacts.PersonHealth h : r.health().values()) {
            for (LocalDate d : h.referrals()) {
                if (within(d, s, e) && enrolmentOn(h.personId(), d, byPerson) != null) {
                    add(month, "REFERRALS", "", 1);
                }
            }
        }
        r.visits().stream().filter(v -> within(v.on(), s, e)).forEach(v -> add(month, "HOMECARE_VISITS", "", 1));
        r.outsideLoans().stream().filter(o -> within(o.obtainedOn(), s, e))
                .forEach(o -> add(month, "EXTERNAL_LOANS_FACILITATED", "", 1));
        for (FundFacts.Line l : r.lines()) {
            if (!within(l.date(), s, e)) {
                continue;
            }
            if (l.account() == Account.CONTRIBUTIONS) {
                add(month, "FUNDS_MOBILISED", "", -l.amount());
                add(month, "FUNDS_MOBILISED", "SOURCE=" + (l.source() == null ? "OTHER" : l.source().name()), -l.amount());
            } else if (l.account() == Account.WRITE_OFFS) {
                add(month, "LOANS_WRITTEN_OFF_AMOUNT", "", l.amount());
            }
        }
        for (FundFacts.Lent loan : r.loans()) {
            if (within(loan.disbursedOn(), s, e)) {
                add(month, "LOANS_DISBURSED", "", 1);
                MembershipFacts.Enrolment en = enrolmentOn(loan.personId(), loan.disbursedOn(), byPerson);
                if (en != null) {
                    add(month, "LOANS_DISBURSED", "SEX=" + en.sex(), 1);
                }
                add(month, "LOANS_DISBURSED_AMOUNT", "", loan.amount());
            }
            instalments(month, s, e, loan);
        }
    }

    /**
     * Instalments falling due in the month under the schedule in force at its end (a rescheduling decided later
     * leaves the month as it was), and of those the ones paid in full by their day. A loan written off owes
     * nothing from that day, so its later instalments no longer fall due (as on the loan's page).
     */
    private void instalments(YearMonth month, LocalDate s, LocalDate e, FundFacts.Lent loan) {
        long principalNeeded = 0;
        long interestNeeded = 0;
        LocalDate writtenOff = writtenOffOn.get(loan.loanId());
        for (LoanSchedule.Instalment i : loan.scheduleOn(e)) {
            if (writtenOff != null && !i.dueOn().isBefore(writtenOff)) {
                break;
            }
            principalNeeded += i.principal();
            interestNeeded += i.interest();
            if (!within(i.dueOn(), s, e)) {
                continue;
            }
            add(month, "INSTALMENTS_DUE", "", 1);
            if (repaid(loan.loanId(), Account.LOANS, i.dueOn()) >= principalNeeded
                    && repaid(loan.loanId(), Account.INTEREST, i.dueOn()) >= interestNeeded) {
                add(month, "REPAID_ON_TIME", "", 1);
            }
        }
    }

    /** The funds' balances and their borrowers among the members, while the club is active. */
    private void funds(YearMonth month, LocalDate e, Set<UUID> memberIds) {
        long income = 0;
        long operating = 0;
        for (FundFacts.Line l : r.lines()) {
            if (l.date().isAfter(e)) {
                continue;
            }
            if (l.fund() == Fund.Kind.INCOME_GENERATION && (l.account() == Account.CASH || l.account() == Account.LOANS)) {
                income += l.amount();
            } else if (l.fund() == Fund.Kind.OPERATING && l.account() == Account.CASH) {
                operating += l.amount();
            }
        }
        add(month, "FUND_INCOME_BALANCE", "", income);
        add(month, "FUND_OPERATING_BALANCE", "", operating);
        add(month, "CLUBS_BOTH_FUNDS", "", income > 0 && operating > 0 ? 1 : 0);
        Map<UUID, MembershipFacts.Enrolment> byPerson = new HashMap<>();
        Set<UUID> borrowers = new HashSet<>();
        Set<UUID> everBorrowed = new HashSet<>();
        for (FundFacts.Lent loan : r.loans()) {
            if (loan.disbursedOn().isAfter(e)) {
                continue;
            }
            everBorrowed.add(loan.personId());
            if (owed(loan, e) > 0) {
                borrowers.add(loan.personId());
            }
        }
        for (UUID p : borrowers) {
            MembershipFacts.Enrolment en = enrolmentOn(p, e, byPerson);
            if (en != null) {
                person(month, "BORROWERS_ACTIVE", en, "", "SEX=" + en.sex(), "HH=" + en.household());
            }
        }
        for (UUID p : everBorrowed) {
            MembershipFacts.Enrolment en = memberIds.contains(p) ? enrolmentOn(p, e, byPerson) : null;
            if (en != null) {
                person(month, "MEMBERS_EVER_BORROWED", en, "");
            }
        }
    }

    /**
     * The principal owed at the month's end, in all and by how late each loan is: counted while the club is
     * active and after it is dissolved alike, until the loans are repaid or written off.
     */
    private void loansOwed(YearMonth month, LocalDate e) {
        long outstanding = 0;
        for (FundFacts.Line l : r.lines()) {
            if (l.account() == Account.LOANS && !l.date().isAfter(e)) {
                outstanding += l.amount();
            }
        }
        add(month, "LOANS_OUTSTANDING", "", outstanding);
        for (FundFacts.Lent loan : r.loans()) {
            long owed = loan.disbursedOn().isAfter(e) ? 0 : owed(loan, e);
            if (owed > 0) {
                atRisk(month, owed, daysOverdue(loan, e));
            }
        }
    }

    private long owed(FundFacts.Lent loan, LocalDate e) {
        return loan.amount() - repaid(loan.loanId(), Account.LOANS, e) - writtenOff(loan.loanId(), e);
    }

    /**
     * A loan's principal still owed, by how late its oldest unpaid instalment is (a written-off loan owes
     * none), and in the portfolio at risk over 1, 30, 90 and 180 days when it is later than that.
     */
    private void atRisk(YearMonth month, long owed, int days) {
        add(month, "LOANS_OUTSTANDING", OverdueAge.ATTRIBUTE + "=" + OverdueAge.of(days).name(), owed);
        add(month, "PAR1", "", days > 0 ? owed : 0);
        add(month, "PAR30", "", days > 30 ? owed : 0);
        add(month, "PAR90", "", days > 90 ? owed : 0);
        add(month, "PAR180", "", days > 180 ? owed : 0);
    }

    private void homeCare(YearMonth month, LocalDate e) {
        add(month, "HOMECARE_VOLUNTEERS", "", r.volunteers().stream().filter(v -> v.on(e)).count());
        add(month, "HOMECARE_RECIPIENTS", "", r.recipients().stream().filter(v -> v.on(e)).count());
    }

    /** Figures counted over a quarter or a year as a whole. */
    private void inPeriod(Period p) {
        LocalDate s = p.start();
        LocalDate e = p.end().isAfter(today) ? today : p.end();
        helped(p, s, e);
        resolved(p, s, e);
        if (!r.activeOn(e)) {
            return;
        }
        YearMonth first = YearMonth.from(r.foundedOn()).isAfter(p.first()) ? YearMonth.from(r.foundedOn()) : p.first();
        Set<YearMonth> met = new HashSet<>();
        r.meetings().stream().filter(h -> within(h.heldOn(), s, e)).forEach(h -> met.add(YearMonth.from(h.heldOn())));
        boolean every = true;
        YearMonth last = p.last().isAfter(YearMonth.from(today)) ? YearMonth.from(today) : p.last();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            every &= met.contains(m) || !meetingDue(m);
        }
        put(p, "CLUBS_MET_MONTHLY", "", every ? 1 : 0);
        Set<UUID> measured = new HashSet<>();
        Set<UUID> weighed = new HashSet<>();
        for (MeetingFacts.Taken t : r.readings()) {
            if (within(t.takenOn(), s, e)) {
                if (t.pressure()) {
                    measured.add(t.personId());
                }
                if (t.weighed()) {
                    weighed.add(t.personId());
                }
            }
        }
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
        put(p, "HOMECARE_RECIPIENTS_ON_PLAN", "", onPlan);
        for (MembershipFacts.Member m : r.members()) {
            MembershipFacts.Enrolment en = m.enrolment();
            if (!en.memberOn(e)) {
                continue;
            }
            if (measured.contains(en.personId())) {
                person(p, "MEMBERS_BP_MEASURED", en, "", "SEX=" + en.sex(), "AGE=" + ageBand(en.ageOn(e)));
            }
            if (weighed.contains(en.personId())) {
                person(p, "MEMBERS_WEIGHED", en, "");
            }
        }
    }

    /**
     * Whether a month's meeting is due by today: a month gone by is; the running month once its meeting day has
     * passed (on the day itself the meeting may still be recorded), as the club's month page counts it.
     */
    private boolean meetingDue(YearMonth month) {
        return !month.equals(YearMonth.from(today))
                || r.meetingDay().in(month.getYear(), month.getMonthValue()).isBefore(today);
    }

    /** The visits a month's plan asks for by today: all of a month gone by, the running month's by the days passed (whole visits). */
    private long dueSoFar(YearMonth month, int asked) {
        if (!month.equals(YearMonth.from(today))) {
            return asked;
        }
        return (long) asked * today.getDayOfMonth() / month.lengthOfMonth();
    }

    /**
     * The people in hardship the club helped within the period, each once however often they were helped
     * (counted as the help was, whether or not the club is active at the period's end). All are named, so that
     * an area counts once someone two of its clubs helped, and a range of months someone helped in several.
     */
    private void helped(Period p, LocalDate s, LocalDate e) {
        Set<UUID> people = new HashSet<>();
        long unknown = 0;
        for (ActivityFacts.Done a : r.activities()) {
            if (a.kind() == ActivityKind.SELF_HELP && within(a.on(), s, e)) {
                if (a.personId() == null) {
                    unknown++;
                } else {
                    people.add(a.personId());
                }
            }
        }
        put(p, "PEOPLE_HELPED", "", people.size() + unknown);
        if (!people.isEmpty()) {
            shared.computeIfAbsent(FactKey.of(p, "PEOPLE_HELPED", ""), k -> new HashSet<>())
                    .addAll(people);
        }
    }

    /**
     * Of the entitlement cases applied for within the period, those that obtained the benefit within it (so
     * never more than the cases): a case applied for in one month and obtained in the next counts in neither
     * month, but in their quarter if both fall in it. Counted as the cases are, whether or not the club is active.
     */
    private void resolved(Period p, LocalDate s, LocalDate e) {
        long n = r.claims().stream().filter(c -> within(c.appliedOn(), s, e) && c.status() == EntitlementCase.Status.OBTAINED
                && c.decidedOn() != null && !c.decidedOn().isAfter(e)).count();
        put(p, "ENTITLEMENT_CASES_RESOLVED", "", n);
    }

    private static final String[] AREAS = {"INCOME", "HEALTH", "HOMECARE", "SELFHELP", "RIGHTS", "LEARNING", "CULTURE",
            "RESOURCES"};

    /**
     * At least one record in each of the eight areas in the twelve months to the day: a loan paid out
     * or mentoring (income), a reading (health), a home visit, and the activities of the other areas;
     * a meeting's learning topic counts for learning.
     */
    private boolean allAreas(LocalDate e) {
        LocalDate s = e.minusMonths(12).plusDays(1);
        Set<Integer> areas = new HashSet<>();
        r.activities().stream().filter(a -> within(a.on(), s, e)).forEach(a -> areas.add(a.kind().area()));
        if (r.loans().stream().anyMatch(l -> within(l.disbursedOn(), s, e))) {
            areas.add(1);
        }
        if (r.readings().stream().anyMatch(t -> within(t.takenOn(), s, e))) {
            areas.add(2);
        }
        if (r.visits().stream().anyMatch(v -> within(v.on(), s, e))) {
            areas.add(3);
        }
        if (r.meetings().stream().anyMatch(h -> h.learningTopic() && within(h.heldOn(), s, e))) {
            areas.add(6);
        }
        if (r.claims().stream().anyMatch(c -> within(c.appliedOn(), s, e))) {
            areas.add(5);
        }
        return areas.size() == 8;
    }

    /** How many days the oldest instalment unpaid on a day is late by then, under the schedule in force that day. */
    private int daysOverdue(FundFacts.Lent loan, LocalDate e) {
        long principalPaid = repaid(loan.loanId(), Account.LOANS, e);
        long interestPaid = repaid(loan.loanId(), Account.INTEREST, e);
        for (LoanSchedule.Instalment i : loan.scheduleOn(e)) {
            if (i.dueOn().isAfter(e)) {
                break;
            }
            long p = Math.min(principalPaid, i.principal());
            long in = Math.min(interestPaid, i.interest());
            principalPaid -= p;
            interestPaid -= in;
            if (p < i.principal() || in < i.interest()) {
                return (int) ChronoUnit.DAYS.between(i.dueOn(), e);
            }
        }
        return 0;
    }

    /** What the repayments (less their reversals) of a loan put into an account by a day, as a positive amount. */
    private long repaid(UUID loanId, Account account, LocalDate by) {
        long sum = 0;
        for (FundFacts.Line l : linesOfLoan.getOrDefault(loanId, List.of())) {
            if (l.account() == account && !l.date().isAfter(by)
                    && (l.kind() == Entry.Kind.REPAYMENT || l.kind() == Entry.Kind.REVERSAL)) {
                sum -= l.amount();
            }
        }
        return sum;
    }

    private long writtenOff(UUID loanId, LocalDate by) {
        long sum = 0;
        for (FundFacts.Line l : linesOfLoan.getOrDefault(loanId, List.of())) {
            if (l.account() == Account.WRITE_OFFS && !l.date().isAfter(by)) {
                sum += l.amount();
            }
        }
        return sum;
    }

    private MembershipFacts.Enrolment enrolmentOn(UUID person, LocalDate day, Map<UUID, MembershipFacts.Enrolment> cache) {
        MembershipFacts.Enrolment hit = cache.get(person);
        if (hit != null && hit.memberOn(day)) {
            return hit;
        }
        for (MembershipFacts.Member m : r.members()) {
            if (m.enrolment().personId().equals(person) && m.enrolment().memberOn(day)) {
                cache.put(person, m.enrolment());
                return m.enrolment();
            }
        }
        return null;
    }

    static String ageBand(int age) {
        return age < 55 ? "LT55" : age < 60 ? "A55_59" : age < 70 ? "A60_69" : age < 80 ? "A70_79" : "A80P";
    }

    private static String source(NewActivity.SourceType type) {
        if (type == null) {
            return "OTHER";
        }
        return switch (type) {
            case GOVERNMENT -> "STATE";
            case ASSOCIATION -> "ASSOCIATION";
            case PROJECT -> "PROJECT";
            case BUSINESS -> "BUSINESS";
            case COMMUNITY -> "COMMUNITY";
            case OTHER -> "OTHER";
        };
    }

    private static boolean within(LocalDate d, LocalDate s, LocalDate e) {
        return d != null && !d.isBefore(s) && !d.isAfter(e);
    }

    private void person(YearMonth month, String code, MembershipFacts.Enrolment en, String... dims) {
        person(Period.month(month), code, en, dims);
    }

    /** Counts a person under a code once for each of the disaggregations given ("" is the total). */
    private void person(Period p, String code, MembershipFacts.Enrolment en, String... dims) {
        for (String d : dims) {
            FactKey key = FactKey.of(p, code, d);
            values.merge(key, 1L, Long::sum);
            if (r.inOtherClubs().contains(en.personId())) {
                shared.computeIfAbsent(key, k -> new HashSet<>()).add(en.personId());
            }
        }
    }

    private void add(YearMonth month, String code, String dims, long value) {
        if (value != 0) {
            values.merge(FactKey.month(month, code, dims), value, Long::sum);
        }
    }

    private void put(Period p, String code, String dims, long value) {
        if (value != 0) {
            values.merge(FactKey.of(p, code, dims), value, Long::sum);
        }
    }
}
