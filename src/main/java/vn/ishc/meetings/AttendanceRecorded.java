package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * For reporting: the attendance of every member at a meeting, as recorded or corrected; it replaces
 * any attendance published earlier for the same meeting.
 */
public record AttendanceRecorded(UUID meetingId, UUID clubId, long communeId, String communePath, LocalDate heldOn,
                                 boolean correction, List<Entry> attendance) {

    /** One member's attendance. */
    public record Entry(UUID personId, AttendanceStatus status) {
    }
}
