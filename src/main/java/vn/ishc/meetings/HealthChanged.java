package vn.ishc.meetings;

import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * For the audit log: something of a person's health record was recorded or changed (a reading, the
 * height or hypertension, a check-up, a referral); the detail says what and when, never the values.
 */
public record HealthChanged(UUID personId, String action, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return "person:" + personId;
    }
}
