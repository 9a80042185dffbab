package vn.ishc.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * An entitlement case was opened or decided ({@code action} entitlement.applied, entitlement.decided):
 * what reporting counts (club, its communes, benefit, status and dates) without reading the table.
 */
public record EntitlementChanged(UUID caseId, UUID clubId, long foundedCommuneId, List<String> areaPaths, String action,
                                 EntitlementCase.Benefit benefit, EntitlementCase.Status status, LocalDate appliedOn,
                                 LocalDate decidedOn, boolean member, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return "club:" + clubId;
    }
}
