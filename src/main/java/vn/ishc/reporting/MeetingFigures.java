package vn.ishc.reporting;

import static vn.ishc.reporting.ClubFacts.within;
import static vn.ishc.reporting.Indicator.BOOKS_EXPECTED;
import static vn.ishc.reporting.Indicator.BOOKS_KEYED;
import static vn.ishc.reporting.Indicator.BOOKS_KEYED_ON_TIME;
import static vn.ishc.reporting.Indicator.CLUBS_MET_MONTHLY;
import static vn.ishc.reporting.Indicator.MEETINGS_HELD;
import static vn.ishc.reporting.Indicator.MEETING_ATTENDANCE;
import static vn.ishc.reporting.Indicator.MEETING_ATTENDANCE_EXPECTED;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ishc.meetings.MeetingFacts;
import vn.ishc.members.MembershipFacts;

/**
 * The monthly meetings: those held and the members present against those expected, the month's meeting
 * book, and over a period whether the club met in every month its meeting was due.
 */
final class MeetingFigures {

    private final ClubFacts f;
    private final ClubRecords r;
    private final LocalDate today;

    MeetingFigures(ClubFacts facts) {
        this.f = facts;
        this.r = facts.records();
        this.today = facts.today();
    }

    /** The meetings held from {@code s} to {@code e} and the members present at them. */
    void flows(YearMonth month, LocalDate s, LocalDate e) {
        Map<UUID, MembershipFacts.Enrolment> byPerson = new HashMap<>();
        for (MeetingFacts.Held h : r.meetings()) {
            if (within(h.heldOn(), s, e)) {
                f.add(month, MEETINGS_HELD, "", 1);
                f.add(month, MEETING_ATTENDANCE_EXPECTED, "",
                        r.members().stream().filter(m -> m.enrolment().memberOn(h.heldOn())).count());
                for (UUID p : h.present()) {
                    MembershipFacts.Enrolment en = f.enrolmentOn(p, h.heldOn(), byPerson);
                    if (en != null) {
                        f.add(month, MEETING_ATTENDANCE, "", 1);
                        f.add(month, MEETING_ATTENDANCE, "SEX=" + en.sex(), 1);
                    }
                }
            }
        }
    }

    /** An active club's meeting book of the month: expected, keyed, keyed on time (as {@link MeetingBook} says). */
    void book(YearMonth month) {
        MeetingBook book = MeetingBook.of(month, r.meetings(), today);
        f.add(month, BOOKS_EXPECTED, "", 1);
        f.add(month, BOOKS_KEYED, "", book.keyed() ? 1 : 0);
        f.add(month, BOOKS_KEYED_ON_TIME, "", book.onTime() ? 1 : 0);
    }

    /** Whether an active club met in every month of the period (to {@code e}) whose meeting was due. */
    void period(Period p, LocalDate s, LocalDate e) {
        YearMonth first = YearMonth.from(r.foundedOn()).isAfter(p.first()) ? YearMonth.from(r.foundedOn()) : p.first();
        Set<YearMonth> met = new HashSet<>();
        r.meetings().stream().filter(h -> within(h.heldOn(), s, e)).forEach(h -> met.add(YearMonth.from(h.heldOn())));
        boolean every = true;
        YearMonth last = p.last().isAfter(YearMonth.from(today)) ? YearMonth.from(today) : p.last();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            every &= met.contains(m) || !meetingDue(m);
        }
        f.put(p, CLUBS_MET_MONTHLY, "", every ? 1 : 0);
    }

    /**
     * Whether a month's meeting is due by today: a month gone by is; the running month once its meeting day has
     * passed (on the day itself the meeting may still be recorded), as the club's month page counts it.
     */
    private boolean meetingDue(YearMonth month) {
        return !month.equals(YearMonth.from(today))
                || r.meetingDay().in(month.getYear(), month.getMonthValue()).isBefore(today);
    }
}
