package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * A home visit was recorded or corrected ({@code action} homecare.visit.recorded,
 * homecare.visit.corrected): what reporting counts (club, its founding commune and communes on today's
 * map, the day, how many volunteers went and tasks were done, whether the recipient is a member, a
 * blood pressure was taken, a referral made) without reading the visit tables. No health values.
 */
public record VisitRecorded(UUID visitId, UUID recipientId, UUID clubId, long foundedCommuneId, List<String> areaPaths,
                            String action, LocalDate visitedOn, int volunteers, int tasks, boolean memberRecipient,
                            boolean pressureTaken, boolean referred, String actor, Map<String, Object> detail)
        implements AuditableEvent {

    @Override
    public String target() {
        return "club:" + clubId;
    }
}
