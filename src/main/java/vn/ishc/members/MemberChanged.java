package vn.ishc.members;

import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/** A person or a membership was created or changed; the detail has the values before and after. */
public record MemberChanged(UUID personId, String action, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return "person:" + personId;
    }
}
