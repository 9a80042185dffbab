package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting in a club's list: date, learning topic, attendance counts and readings taken, and whether
 * it is still a draft.
 */
public record MeetingSummary(UUID id, LocalDate heldOn, String learningTopic, int present, int excused, int absent,
                             int guests, int readings, int version,
                             MeetingStatus status) {

    public boolean draft() {
        return status == MeetingStatus.DRAFT;
    }
}
