package vn.ishc.meetings;

import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * For the audit log: a meeting was recorded or corrected; the detail has the values before and after
 * (date, place, topics, guests, attendance counts), never health values.
 */
public record MeetingChanged(UUID meetingId, String action, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return "meeting:" + meetingId;
    }
}
