package vn.ishc.meetings;

import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * For the audit log: a meeting refused from a phone was held, or a person decided about it (kept what
 * was sent, kept the meeting as recorded, or the phone dropped its own). The detail names who sent it
 * and when; no health values.
 */
public record HeldMeetingChanged(UUID meetingId, UUID heldId, String action, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return meetingId == null ? "held-meeting:" + heldId : "meeting:" + meetingId;
    }
}
