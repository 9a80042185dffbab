package vn.ishc.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * A club's activity was recorded, corrected or cancelled ({@code action} activity.recorded,
 * activity.corrected, activity.cancelled). It carries what reporting counts (club, its founding
 * commune and its communes on today's map, kind, area, day, value in đồng, whether the person helped is a member) so that figures
 * can be kept without reading the activity tables; {@code detail} has the values before and after.
 */
public record ActivityRecorded(UUID activityId, UUID clubId, long foundedCommuneId, List<String> areaPaths,
                               String action, ActivityKind kind, int area, LocalDate on, Long valueDong,
                               Boolean member, String actor, Map<String, Object> detail) implements AuditableEvent {

    @Override
    public String target() {
        return "club:" + clubId;
    }
}
