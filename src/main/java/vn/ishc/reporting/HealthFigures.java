package vn.ishc.reporting;

import static vn.ishc.reporting.ClubFacts.within;
import static vn.ishc.reporting.Indicator.MEMBERS_BP_CONTROLLED;
import static vn.ishc.reporting.Indicator.MEMBERS_BP_MEASURED;
import static vn.ishc.reporting.Indicator.MEMBERS_CHECKUP_12M;
import static vn.ishc.reporting.Indicator.MEMBERS_HYPERTENSIVE;
import static vn.ishc.reporting.Indicator.MEMBERS_WEIGHED;
import static vn.ishc.reporting.Indicator.REFERRALS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ishc.meetings.MeetingFacts;
import vn.ishc.members.MembershipFacts;

/**
 * The members' health: who has high blood pressure and who has it under control, the older members checked
 * up in the twelve months, referrals, and over a period the members measured and weighed.
 */
final class HealthFigures {

    private final ClubFacts f;
    private final ClubRecords r;

    HealthFigures(ClubFacts facts) {
        this.f = facts;
        this.r = facts.records();
    }

    /** An active club's members with high blood pressure, under control, and checked up, on the month's last day. */
    void active(YearMonth month, LocalDate e, List<MembershipFacts.Member> members) {
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
                f.person(month, MEMBERS_HYPERTENSIVE, en, "", "SEX=" + en.sex());
            }
            MeetingFacts.Taken recent = lastQuarter.get(en.personId());
            if (treated && recent != null && !recent.high()) {
                f.person(month, MEMBERS_BP_CONTROLLED, en, "");
            }
            if (en.ageOn(e) >= 60 && h != null
                    && h.checkups().stream().anyMatch(d -> !d.isAfter(e) && !d.isBefore(yearBack))) {
                f.person(month, MEMBERS_CHECKUP_12M, en, "");
            }
        }
    }

    /** Referrals of members from {@code s} to {@code e}. */
    void flows(YearMonth month, LocalDate s, LocalDate e) {
        Map<UUID, MembershipFacts.Enrolment> byPerson = new HashMap<>();
        for (MeetingFacts.PersonHealth h : r.health().values()) {
            for (LocalDate d : h.referrals()) {
                if (within(d, s, e) && f.enrolmentOn(h.personId(), d, byPerson) != null) {
                    f.add(month, REFERRALS, "", 1);
                }
            }
        }
    }

    /** The members of an active club on {@code e} who were measured, and weighed, within the period. */
    void period(Period p, LocalDate s, LocalDate e) {
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
        for (MembershipFacts.Member m : r.members()) {
            MembershipFacts.Enrolment en = m.enrolment();
            if (!en.memberOn(e)) {
                continue;
            }
            if (measured.contains(en.personId())) {
                f.person(p, MEMBERS_BP_MEASURED, en, "", "SEX=" + en.sex(), "AGE=" + MembershipFigures.ageBand(en.ageOn(e)));
            }
            if (weighed.contains(en.personId())) {
                f.person(p, MEMBERS_WEIGHED, en, "");
            }
        }
    }
}
