package vn.ishc.funds;

import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * For the audit log: the money of a meeting refused by the server was held ({@code action} meeting_money.held), or
 * a person decided about it (meeting_money.held.decided: saved once corrected, or dropped). The detail names the
 * meeting day, the submission, who sent it and why it was refused; no member's name.
 */
public record HeldMoneyChanged(UUID clubId, UUID heldId, String action, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return "held-money:" + heldId;
    }
}
