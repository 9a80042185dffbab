package vn.ishc.meetings;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A club's meeting as recorded: topics, guests, and each member's attendance and reading; a draft has
 * lines only for the members marked so far.
 */
public record Meeting(UUID id, UUID clubId, LocalDate heldOn, String place, String learningTopic, String otherTopics,
                      int guests, String guestNames, int version, List<Line> lines, MeetingStatus status) {

    /** A finished meeting. */
    public Meeting(UUID id, UUID clubId, LocalDate heldOn, String place, String learningTopic, String otherTopics,
                   int guests, String guestNames, int version, List<Line> lines) {
        this(id, clubId, heldOn, place, learningTopic, otherTopics, guests, guestNames, version, lines,
                MeetingStatus.FINISHED);
    }

    public boolean draft() {
        return status == MeetingStatus.DRAFT;
    }

    /** A member at the meeting: name, attendance, and the reading taken there if any. */
    @Schema(name = "MeetingLine")
    public record Line(UUID personId, String fullName, AttendanceStatus status, Reading reading) {
    }

    public long count(AttendanceStatus status) {
        return lines.stream().filter(l -> l.status() == status).count();
    }

    public long readings() {
        return lines.stream().filter(l -> l.reading() != null).count();
    }

    /** The members whose reading this meeting shows, for the log of who read health data. */
    public java.util.List<UUID> personsWithReadings() {
        return lines.stream().filter(l -> l.reading() != null).map(Line::personId).toList();
    }
}
