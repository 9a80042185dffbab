package vn.ishc.meetings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.Meeting;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.ReadingValues;

/**
 * A held meeting beside the meeting as now recorded: date, place and counts of each, and the members whose
 * attendance or reading differ between the two.
 */
record HeldComparison(Side current, Side sent, List<Difference> differences) {

    /** One version's facts; {@code heldOn} null when no meeting is recorded. */
    record Side(LocalDate heldOn, String place, long present, long absent, long readings) {
    }

    /** A member marked or measured differently; null where that version has no row of theirs. */
    record Difference(String name, AttendanceStatus current, AttendanceStatus sent, String currentReading,
                      String sentReading) {
    }

    /** Compares a meeting (null if none is recorded) with what was sent, naming members from {@code names}. */
    static HeldComparison of(Meeting now, MeetingEntry sent, Map<UUID, String> names) {
        Map<UUID, AttendanceStatus> nowStatus = new LinkedHashMap<>();
        Map<UUID, ReadingValues> nowReading = new LinkedHashMap<>();
        Map<UUID, String> allNames = new LinkedHashMap<>(names);
        if (now != null) {
            for (Meeting.Line l : now.lines()) {
                nowStatus.put(l.personId(), l.status());
                if (l.reading() != null) {
                    nowReading.put(l.personId(), l.reading().values());
                }
                allNames.putIfAbsent(l.personId(), l.fullName());
            }
        }
        Map<UUID, AttendanceStatus> sentStatus = new LinkedHashMap<>();
        Map<UUID, ReadingValues> sentReading = new LinkedHashMap<>();
        for (MeetingEntry.Row r : sent.rows() == null ? List.<MeetingEntry.Row>of() : sent.rows()) {
            if (r == null || r.personId() == null) {
                continue;
            }
            sentStatus.put(r.personId(), r.status());
            if (r.reading() != null && !r.reading().isEmpty()) {
                sentReading.put(r.personId(), r.reading());
            }
        }
        Set<UUID> people = new LinkedHashSet<>(nowStatus.keySet());
        people.addAll(sentStatus.keySet());
        List<Difference> differences = new ArrayList<>();
        for (UUID p : people) {
            String a = text(nowReading.get(p));
            String b = text(sentReading.get(p));
            if (nowStatus.get(p) != sentStatus.get(p) || !Objects.equals(a, b)) {
                differences.add(new Difference(allNames.getOrDefault(p, p.toString()), nowStatus.get(p),
                        sentStatus.get(p), a, b));
            }
        }
        Side current = now == null ? new Side(null, null, 0, 0, 0)
                : new Side(now.heldOn(), now.place(), now.count(AttendanceStatus.PRESENT),
                now.lines().size() - now.count(AttendanceStatus.PRESENT), now.readings());
        long present = sentStatus.values().stream().filter(s -> s == AttendanceStatus.PRESENT).count();
        return new HeldComparison(current, new Side(sent.heldOn(), sent.place(), present,
                sentStatus.size() - present, sentReading.size()), differences);
    }

    /** A reading as "blood pressure · pulse · weight", a dash for what was not measured; null for none. */
    static String text(ReadingValues v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        String pressure = v.hasPressure() ? v.systolic() + "/" + v.diastolic() : "—";
        String pulse = v.pulse() == null ? "—" : v.pulse().toString();
        String weight = v.weightKg() == null ? "—" : v.weightKg().stripTrailingZeros().toPlainString();
        return pressure + " · " + pulse + " · " + weight;
    }
}
