package vn.ishc.geography;

import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/** A village was created, renamed, retired or placed under its commune on today's map. */
public record VillageChanged(UUID villageId, String action, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return "village:" + villageId;
    }
}
