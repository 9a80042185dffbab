package vn.ishc.members;

import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * A person or a membership was created or changed; the detail has the values before and after. The club is
 * named when the change is of a membership in it (started, ended, enrolled from a sheet), null otherwise.
 */
public record MemberChanged(UUID personId, UUID clubId, String action, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    /** A change of the person alone, in no club in particular. */
    public MemberChanged(UUID personId, String action, String actor, Map<String, Object> detail) {
        this(personId, null, action, actor, detail);
    }

    @Override
    public String target() {
        return "person:" + personId;
    }
}
