package vn.ishc.reporting;

import static vn.ishc.reporting.ClubFacts.within;
import static vn.ishc.reporting.Indicator.CLUBS_ACTIVE;
import static vn.ishc.reporting.Indicator.CLUBS_DISSOLVED;
import static vn.ishc.reporting.Indicator.CLUBS_NEW;
import static vn.ishc.reporting.Indicator.CLUBS_OLDER_OK;
import static vn.ishc.reporting.Indicator.CLUBS_SIZE_OK;
import static vn.ishc.reporting.Indicator.CLUBS_STANDARD_OK;
import static vn.ishc.reporting.Indicator.CLUBS_WOMEN_OK;
import static vn.ishc.reporting.Indicator.MEMBERS;
import static vn.ishc.reporting.Indicator.MEMBERS_HEALTH_INSURED;
import static vn.ishc.reporting.Indicator.MEMBERS_LEFT;
import static vn.ishc.reporting.Indicator.MEMBERS_NEW;
import static vn.ishc.reporting.Indicator.MEMBERS_NEW_OLDER;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.ishc.members.MembershipFacts;

/**
 * The club and its members: whether it is active, founded or dissolved in the month, who joined and left,
 * its members on the month's last day by sex, age, household and ethnicity, and whether it meets the
 * model's standard (50 to 70 members, 60 to 70 per cent women and older people).
 */
final class MembershipFigures {

    private final ClubFacts f;
    private final ClubRecords r;

    MembershipFigures(ClubFacts facts) {
        this.f = facts;
        this.r = facts.records();
    }

    /** The members on a day. */
    List<MembershipFacts.Member> membersOn(LocalDate e) {
        return r.members().stream().filter(m -> m.enrolment().memberOn(e)).toList();
    }

    /** The club's state and the members who joined and left, from {@code s} to {@code e}. */
    void month(YearMonth month, LocalDate s, LocalDate e) {
        f.add(month, CLUBS_ACTIVE, "", r.activeOn(e) ? 1 : 0);
        f.add(month, CLUBS_NEW, "", within(r.foundedOn(), s, e) ? 1 : 0);
        f.add(month, CLUBS_DISSOLVED, "", r.dissolvedOn() != null && within(r.dissolvedOn(), s, e) ? 1 : 0);
        for (MembershipFacts.Member m : r.members()) {
            MembershipFacts.Enrolment en = m.enrolment();
            if (within(en.joinedOn(), s, e)) {
                f.add(month, MEMBERS_NEW, "", 1);
                f.add(month, MEMBERS_NEW, "SEX=" + en.sex(), 1);
                if (en.ageOn(en.joinedOn()) >= 60) {
                    f.add(month, MEMBERS_NEW_OLDER, "", 1);
                }
            }
            if (en.leftOn() != null && within(en.leftOn(), s, e)) {
                f.add(month, MEMBERS_LEFT, "", 1);
            }
        }
    }

    /** An active club's members on the month's last day, and its standard. */
    void active(YearMonth month, LocalDate e, List<MembershipFacts.Member> members) {
        coverage(month, e, members);
        quality(month, e, members);
    }

    private void coverage(YearMonth month, LocalDate e, List<MembershipFacts.Member> members) {
        for (MembershipFacts.Member m : members) {
            MembershipFacts.Enrolment en = m.enrolment();
            f.person(month, MEMBERS, en, "", "SEX=" + en.sex(), "AGE=" + ageBand(en.ageOn(e)),
                    "HH=" + en.household(), "ETHNIC_MINORITY=" + (en.ethnicMinority() ? "Y" : "N"));
            if (en.insuredOn(e, m.hasCard())) {
                f.person(month, MEMBERS_HEALTH_INSURED, en, "");
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
        f.add(month, CLUBS_SIZE_OK, "", size ? 1 : 0);
        f.add(month, CLUBS_WOMEN_OK, "", womenOk ? 1 : 0);
        f.add(month, CLUBS_OLDER_OK, "", olderOk ? 1 : 0);
        f.add(month, CLUBS_STANDARD_OK, "", size && womenOk && olderOk ? 1 : 0);
    }

    static String ageBand(int age) {
        return age < 55 ? "LT55" : age < 60 ? "A55_59" : age < 70 ? "A60_69" : age < 80 ? "A70_79" : "A80P";
    }
}
