package vn.ishc.meetings;

import java.time.Instant;

/** One saved version of a meeting, kept whole (as JSON) when it was later corrected. */
public record MeetingVersion(int version, Instant recordedAt, String recordedBy, String content) {
}
