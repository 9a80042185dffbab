package vn.ishc.identity;

import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/** A user was created, changed, disabled, enabled or given a new password (the password is never recorded). */
public record UserChanged(UUID userId, String action, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return "user:" + userId;
    }
}
