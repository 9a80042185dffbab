package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.ishc.homecare.HomeCareFacts;
import vn.ishc.meetings.MeetingFacts;
import vn.ishc.members.MembershipFacts;

/**
 * What a club's people counted over any range of months as a whole are counted from (rpt_range_member
 * and rpt_range_care): for each membership of someone with a reading, the months of their readings in
 * the club; for each care recipient with a plan, the visits asked for and made in each month. The
 * same records give the same rows, computed as they change or in a rebuild.
 */
final class RangeRows {

    /**
     * A membership of a person with a reading in the club, and the months of their readings; {@code shared}
     * when they are or were in another club too.
     */
    record Measured(UUID personId, LocalDate joinedOn, LocalDate leftOn, String sex, LocalDate birthDate, int birthYear,
                    boolean shared, List<Integer> pressureMonths, List<Integer> weightMonths) {
    }

    /** A care recipient's visits asked for and made, in each month from the month numbered {@code since}. */
    record Cared(UUID recipientId, int since, List<Integer> planned, List<Integer> visits) {
    }

    record Rows(Set<Measured> measured, Set<Cared> cared) {
    }

    private RangeRows() {
    }

    /** A month's number: year * 12 + month - 1. */
    static int number(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth month(int number) {
        return YearMonth.of(Math.floorDiv(number, 12), Math.floorMod(number, 12) + 1);
    }

    /** The rows of a club on the day, counting the readings and visits up to the day. */
    static Rows of(ClubRecords r, LocalDate today) {
        java.util.Map<UUID, TreeSet<Integer>> pressure = new java.util.HashMap<>();
        java.util.Map<UUID, TreeSet<Integer>> weight = new java.util.HashMap<>();
        for (MeetingFacts.Taken t : r.readings()) {
            if (t.takenOn().isAfter(today)) {
                continue;
            }
            int m = number(YearMonth.from(t.takenOn()));
            if (t.pressure()) {
                pressure.computeIfAbsent(t.personId(), k -> new TreeSet<>()).add(m);
            }
            if (t.weighed()) {
                weight.computeIfAbsent(t.personId(), k -> new TreeSet<>()).add(m);
            }
        }
        Set<Measured> measured = new HashSet<>();
        for (MembershipFacts.Member member : r.members()) {
            MembershipFacts.Enrolment en = member.enrolment();
            TreeSet<Integer> p = pressure.getOrDefault(en.personId(), new TreeSet<>());
            TreeSet<Integer> w = weight.getOrDefault(en.personId(), new TreeSet<>());
            if (!p.isEmpty() || !w.isEmpty()) {
                measured.add(new Measured(en.personId(), en.joinedOn(), en.leftOn(), en.sex().name(), en.birthDate(),
                        en.birthYear(), r.inOtherClubs().contains(en.personId()), List.copyOf(p), List.copyOf(w)));
            }
        }
        Set<Cared> cared = new HashSet<>();
        int until = number(YearMonth.from(today));
        for (HomeCareFacts.Cared c : r.cared()) {
            int since = number(YearMonth.from(c.from()));
            java.util.Map<Integer, Integer> visitsIn = new java.util.HashMap<>();
            for (LocalDate d : c.visits()) {
                if (!d.isAfter(today)) {
                    int m = number(YearMonth.from(d));
                    visitsIn.merge(m, 1, Integer::sum);
                    since = Math.min(since, m);
                }
            }
            List<Integer> planned = new ArrayList<>();
            List<Integer> made = new ArrayList<>();
            boolean asked = false;
            for (int m = since; m <= until; m++) {
                int n = c.plannedIn(month(m));
                asked |= n > 0;
                planned.add(n);
                made.add(visitsIn.getOrDefault(m, 0));
            }
            if (asked) {
                cared.add(new Cared(c.recipientId(), since, List.copyOf(planned), List.copyOf(made)));
            }
        }
        return new Rows(measured, cared);
    }
}
