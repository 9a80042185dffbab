package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as entered: its date, place, topics and guests, and a row for each member marked so far
 * with their attendance and what was measured. {@code id} may be supplied by the client (a new form
 * carries one), so that a retried save is recognised; {@code version} is the version edited, null
 * for a new meeting. {@code finished} false saves a draft, where members may still be unmarked (null
 * means finished, as a meeting entered in one go is); {@code clientId}, made on the phone for each
 * save it sends, makes a save sent again answer what the first one saved.
 */
public record MeetingEntry(UUID id, Integer version, LocalDate heldOn, String place, String learningTopic,
                           String otherTopics, Integer guests, String guestNames, List<Row> rows, Boolean finished,
                           UUID clientId) {

    /** A meeting entered in one go, finished. */
    public MeetingEntry(UUID id, Integer version, LocalDate heldOn, String place, String learningTopic,
                        String otherTopics, Integer guests, String guestNames, List<Row> rows) {
        this(id, version, heldOn, place, learningTopic, otherTopics, guests, guestNames, rows, null, null);
    }

    /** Whether the meeting is to be finished: every member marked. */
    public boolean finishing() {
        return finished == null || finished;
    }

    /** One member's row: attendance and, if measured, the reading. */
    public record Row(UUID personId, AttendanceStatus status, ReadingValues reading) {
    }
}
