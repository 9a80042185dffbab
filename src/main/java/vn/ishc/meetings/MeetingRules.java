package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.ishc.clubs.Club;
import vn.ishc.members.MemberRow;
import vn.ishc.shared.VietnameseText;

/** The rules a meeting as entered must keep; every problem is collected, each naming its field and member. */
final class MeetingRules {

    static final int PLACE_MAX = 200;
    static final int TOPIC_MAX = 500;
    static final int NAMES_MAX = 2000;
    static final int GUESTS_MAX = 1000;
    /** How far ahead a draft may be dated: the board prepares the month's meeting before its day. */
    static final int DRAFT_DAYS_AHEAD = 31;

    /** What was entered, checked and cleaned: the attendance and readings by person. */
    record Checked(String place, String learningTopic, String otherTopics, int guests, String guestNames,
                   Map<UUID, AttendanceStatus> attendance, Map<UUID, ReadingValues> readings) {
    }

    private MeetingRules() {
    }

    /** The meeting date: given, not in the future, not before the club was founded. */
    static LocalDate date(LocalDate heldOn, Club club, LocalDate today) {
        return date(heldOn, club, today, true);
    }

    /**
     * The meeting date: given, not before the club was founded, and not in the future for a finished
     * meeting; a draft may be prepared up to {@link #DRAFT_DAYS_AHEAD} days before the meeting.
     */
    static LocalDate date(LocalDate heldOn, Club club, LocalDate today, boolean finishing) {
        if (heldOn == null) {
            throw new RefusedEntry(List.of(new Problem("heldOn", "meetings.heldOn.missing")));
        }
        if (heldOn.isAfter(finishing ? today : today.plusDays(DRAFT_DAYS_AHEAD))) {
            throw new RefusedEntry(List.of(new Problem("heldOn",
                    finishing ? "meetings.heldOn.future" : "meetings.heldOn.draftTooFar", heldOn)));
        }
        if (heldOn.isBefore(club.foundedOn())) {
            throw new RefusedEntry(List.of(new Problem("heldOn", "meetings.heldOn.beforeFounding", heldOn,
                    club.foundedOn())));
        }
        return heldOn;
    }

    /**
     * Checks the meeting against the club's members on its date ({@code roll}): nobody else has a row,
     * readings only for those present and within range, and, when the meeting is to be finished, every
     * member has a row with their attendance (those missing are named in one problem). A draft's rows
     * without a status are members not marked yet. {@code nameOf} names a person who is not on the
     * roll, where the caller may know them.
     */
    static Checked check(MeetingEntry e, List<MemberRow> roll, Function<UUID, String> nameOf) {
        return check(e, roll, nameOf, e.finishing());
    }

    static Checked check(MeetingEntry e, List<MemberRow> roll, Function<UUID, String> nameOf, boolean finishing) {
        List<Problem> problems = new ArrayList<>();
        String place = text(e.place(), "place", PLACE_MAX, problems);
        String learning = text(e.learningTopic(), "learningTopic", TOPIC_MAX, problems);
        String others = text(e.otherTopics(), "otherTopics", TOPIC_MAX, problems);
        String guestNames = text(e.guestNames(), "guestNames", NAMES_MAX, problems);
        int guests = e.guests() == null ? 0 : e.guests();
        if (guests < 0 || guests > GUESTS_MAX) {
            problems.add(new Problem("guests", "meetings.guests.range", guests, GUESTS_MAX));
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        roll.forEach(m -> names.put(m.person().id(), m.person().fullName()));
        Map<UUID, AttendanceStatus> attendance = new LinkedHashMap<>();
        Map<UUID, ReadingValues> readings = new LinkedHashMap<>();
        Set<UUID> seen = new HashSet<>();
        Set<UUID> unmarkedRows = new HashSet<>();
        List<MeetingEntry.Row> rows = e.rows() == null ? List.of() : e.rows();
        for (int i = 0; i < rows.size(); i++) {
            MeetingEntry.Row row = rows.get(i);
            String prefix = "rows[" + i + "].";
            if (row == null || row.personId() == null) {
                problems.add(new Problem(prefix + "personId", "meetings.row.noPerson", i + 1));
                continue;
            }
            String name = names.get(row.personId());
            if (name == null) {
                problems.add(new Problem(prefix + "personId", "meetings.row.notMember", i + 1,
                        nameOf.apply(row.personId()), e.heldOn()));
                continue;
            }
            if (!seen.add(row.personId())) {
                problems.add(new Problem(prefix + "personId", "meetings.row.twice", i + 1, name));
                continue;
            }
            if (row.status() == null && !finishing && (row.reading() == null || row.reading().isEmpty())) {
                unmarkedRows.add(row.personId());
                continue;
            }
            if (row.status() == null) {
                problems.add(new Problem(prefix + "status", "meetings.row.noStatus", name));
                continue;
            }
            attendance.put(row.personId(), row.status());
            ReadingValues reading = row.reading();
            if (reading == null || reading.isEmpty()) {
                continue;
            }
            if (row.status() != AttendanceStatus.PRESENT) {
                problems.add(new Problem(prefix + "status", "meetings.row.readingWhenAway", name));
                continue;
            }
            List<Problem> wrong = reading.problems(prefix, name);
            problems.addAll(wrong);
            if (wrong.isEmpty()) {
                readings.put(row.personId(), reading);
            }
        }
        List<String> unmarked = names.entrySet().stream()
                .filter(n -> !seen.contains(n.getKey()) || unmarkedRows.contains(n.getKey())).map(Map.Entry::getValue).toList();
        if (finishing && !unmarked.isEmpty()) {
            problems.add(unmarked.size() == 1 ? new Problem("rows", "meetings.row.missing", unmarked.get(0))
                    : new Problem("rows", "meetings.row.missingMany", unmarked.size(), String.join(", ", unmarked)));
        }
        if (!problems.isEmpty()) {
            throw new RefusedEntry(problems);
        }
        return new Checked(place, learning, others, guests, guestNames, attendance, readings);
    }

    private static String text(String value, String field, int max, List<Problem> problems) {
        String clean = VietnameseText.clean(value);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (clean.length() > max) {
            problems.add(new Problem(field, "meetings.text.tooLong",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("field." + field), max));
        }
        return clean;
    }
}
