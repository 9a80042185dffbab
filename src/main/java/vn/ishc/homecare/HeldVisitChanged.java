package vn.ishc.homecare;

import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * For the audit log: a home visit refused by the server was held ({@code action} homecare.visit.held, or
 * homecare.visit.held_again when sent again), or a person decided about it (homecare.visit.held.decided: saved once
 * corrected, or dropped). The detail names the visit's id, who sent it, when, and why it was refused; never the
 * person visited nor a reading.
 */
public record HeldVisitChanged(UUID clubId, UUID heldId, String action, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return "held-visit:" + heldId;
    }
}
