package vn.ishc.clubs;

import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/** A club was registered or changed (status, projects, board, groups); the detail has before and after. */
public record ClubChanged(UUID clubId, String action, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return "club:" + clubId;
    }
}
