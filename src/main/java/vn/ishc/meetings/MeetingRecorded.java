package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * For reporting: a club's meeting was recorded ({@code correction} false) or corrected (true; the
 * figures replace the earlier ones of the same meeting, whose date may have changed from
 * {@code previousHeldOn}). {@code communeId} is the commune the club was founded in (the map as it was),
 * {@code communePath} its commune on today's map.
 */
public record MeetingRecorded(UUID meetingId, UUID clubId, long communeId, String communePath, LocalDate heldOn,
                              LocalDate previousHeldOn, boolean correction, int version, String learningTopic,
                              int present, int excused, int absent, int guests, int readings) {
}
