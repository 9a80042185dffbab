package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A whole meeting as entered in one go: its date, place, topics and guests, and a row for each member
 * with their attendance and what was measured. {@code id} may be supplied by the client (a new form
 * carries one), so that a retried save is recognised; {@code version} is the version edited, null
 * for a new meeting.
 */
public record MeetingEntry(UUID id, Integer version, LocalDate heldOn, String place, String learningTopic,
                           String otherTopics, Integer guests, String guestNames, List<Row> rows) {

    /** One member's row: attendance and, if measured, the reading. */
    public record Row(UUID personId, AttendanceStatus status, ReadingValues reading) {
    }
}
