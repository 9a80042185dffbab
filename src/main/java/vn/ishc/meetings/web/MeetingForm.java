package vn.ishc.meetings.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.Meeting;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.Problem;
import vn.ishc.meetings.Reading;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.members.MemberRow;
import vn.ishc.shared.VietnameseText;

/**
 * The meeting form, the same for the phone cards and the desk grid: the meeting's fields and one row
 * per member, every value as typed so that a refusal can show it again. {@code finish} "false" saves a
 * draft (members may be left unmarked); {@code status} is the meeting's status as recorded, if it is.
 */
record MeetingForm(UUID id, Integer version, String heldOn, String place, String learningTopic, String otherTopics,
                   String guests, String guestNames, String layout, List<Row> rows, String finish, String status) {

    /** A member's row as typed: status (a name, or 1/2/3 in the grid), blood pressure, pulse, weight, referral. */
    record Row(UUID personId, String name, String status, String systolic, String diastolic, String pulse,
               String weightKg, String referralMade) {

        /** The status as the grid shows it: 1 present, 2 excused, 3 absent. */
        public String statusDigit() {
            return AttendanceStatus.parse(status).map(s -> String.valueOf(s.ordinal() + 1)).orElse(status);
        }

        public String statusName() {
            return AttendanceStatus.parse(status).map(Enum::name).orElse("");
        }

        /** The referral answer as the grid shows it: 1 yes, 0 no. */
        public String referralDigit() {
            Boolean b = yesNo(referralMade);
            return b == null ? referralMade : b ? "1" : "0";
        }

        public Boolean referral() {
            return yesNo(referralMade);
        }
    }

    static MeetingForm blank(LocalDate date, List<MemberRow> roll, String layout) {
        List<Row> rows = roll.stream().map(m -> new Row(m.person().id(), m.person().fullName(), null, null, null, null,
                null, null)).toList();
        return new MeetingForm(UUID.randomUUID(), null, date.toString(), null, null, null, "0", null, layout, rows,
                null, null);
    }

    /** The form of a recorded meeting, with a row for every member on its date (new members without a status). */
    static MeetingForm of(Meeting m, List<MemberRow> roll, String layout) {
        List<Row> rows = new ArrayList<>();
        for (MemberRow member : roll) {
            Meeting.Line line = m.lines().stream().filter(l -> l.personId().equals(member.person().id())).findFirst()
                    .orElse(null);
            Reading r = line == null ? null : line.reading();
            ReadingValues v = r == null ? null : r.values();
            rows.add(new Row(member.person().id(), member.person().fullName(),
                    line == null || line.status() == null ? null : line.status().name(),
                    v == null ? null : str(v.systolic()), v == null ? null : str(v.diastolic()),
                    v == null ? null : str(v.pulse()), v == null || v.weightKg() == null ? null : v.weightKg().toPlainString(),
                    v == null || v.referralMade() == null ? null : v.referralMade().toString()));
        }
        return new MeetingForm(m.id(), m.version(), m.heldOn().toString(), m.place(), m.learningTopic(), m.otherTopics(),
                String.valueOf(m.guests()), m.guestNames(), layout, rows, null, m.status().name());
    }

    public List<Row> safeRows() {
        return rows == null ? List.of() : rows;
    }

    /** A meeting recorded and finished: it is being corrected. */
    public boolean finished() {
        return "FINISHED".equals(status);
    }

    /** The meeting is to be finished: unless a draft was asked for. */
    boolean finishing() {
        return !"false".equals(finish);
    }

    /** The members marked. */
    public long marked() {
        return safeRows().stream().filter(r -> !r.statusName().isEmpty()).count();
    }

    public boolean grid() {
        return "grid".equals(layout);
    }

    /** The entry to record; refused, naming the field and row, when a value cannot be read at all. */
    MeetingEntry toEntry() {
        List<Problem> problems = new ArrayList<>();
        LocalDate date = null;
        if (heldOn != null && !heldOn.isBlank()) {
            try {
                date = LocalDate.parse(heldOn.strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem("heldOn", "meetings.heldOn.invalid", heldOn));
            }
        }
        Integer guestCount = integer(guests, "guests", "", problems);
        List<MeetingEntry.Row> entryRows = new ArrayList<>();
        List<Row> all = safeRows();
        for (int i = 0; i < all.size(); i++) {
            Row r = all.get(i);
            String prefix = "rows[" + i + "].";
            String who = r.name() == null ? String.valueOf(i + 1) : r.name();
            AttendanceStatus status = null;
            if (r.status() != null && !r.status().isBlank()) {
                status = AttendanceStatus.parse(r.status()).orElse(null);
                if (status == null) {
                    problems.add(new Problem(prefix + "status", "meetings.status.invalid", who, r.status().strip()));
                }
            }
            Boolean referral = yesNo(r.referralMade());
            if (referral == null && r.referralMade() != null && !r.referralMade().isBlank()) {
                problems.add(new Problem(prefix + "referralMade", "meetings.referral.invalid", who, r.referralMade().strip()));
            }
            ReadingValues values = new ReadingValues(integer(r.systolic(), prefix + "systolic", who, problems),
                    integer(r.diastolic(), prefix + "diastolic", who, problems),
                    integer(r.pulse(), prefix + "pulse", who, problems), decimal(r.weightKg(), prefix + "weightKg", who, problems),
                    referral);
            entryRows.add(new MeetingEntry.Row(r.personId(), status, values));
        }
        if (!problems.isEmpty()) {
            throw new RefusedEntry(problems);
        }
        return new MeetingEntry(id, version, date, place, learningTopic, otherTopics, guestCount, guestNames, entryRows,
                finishing(), null);
    }

    private static Integer integer(String text, String field, String who, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "meetings.number.invalid", who, label(field), text.strip()));
            return null;
        }
    }

    private static BigDecimal decimal(String text, String field, String who, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "meetings.number.invalid", who, label(field), text.strip()));
            return null;
        }
    }

    private static Object label(String field) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                "field." + field.substring(field.lastIndexOf('.') + 1));
    }

    static Boolean yesNo(String text) {
        String key = VietnameseText.searchKey(text).toLowerCase(Locale.ROOT);
        return switch (key) {
            case "true", "1", "c", "co", "y", "yes" -> Boolean.TRUE;
            case "false", "0", "k", "khong", "n", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }
}
