package vn.ishc.programme;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * A course was recorded, corrected or cancelled, or a participant added or removed: what reporting needs
 * to count courses held and their participants by the organiser's area without reading the tables.
 * {@code participants} is the number of people taking part after the change.
 */
public record TrainingChanged(UUID courseId, Change change, String areaPath, LocalDate endsOn, boolean cancelled,
                              int participants, String actor, Map<String, Object> detail) implements AuditableEvent {

    /** What happened to the course. */
    public enum Change { RECORDED, CORRECTED, CANCELLED, PARTICIPANT_ADDED, PARTICIPANT_REMOVED }

    @Override
    public String action() {
        return "training." + change.name().toLowerCase();
    }

    @Override
    public String target() {
        return "training:" + courseId;
    }
}
