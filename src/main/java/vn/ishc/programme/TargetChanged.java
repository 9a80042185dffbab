package vn.ishc.programme;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * A target was recorded, or a province's share of a national target was set, corrected or withdrawn:
 * what reporting needs to put progress beside targets without reading the table. {@code targetId} is
 * the version now in force; for a withdrawal it is the version withdrawn, with {@code inForce} false.
 */
public record TargetChanged(UUID targetId, Change change, boolean inForce, String code, String areaPath,
                            YearMonth first, YearMonth last, Target.Measure measure, BigDecimal value, String ofCode,
                            Target.Direction direction, UUID documentId, UUID parentId, UUID replaces, String actor,
                            Map<String, Object> detail) implements AuditableEvent {

    /** What happened to the target. */
    public enum Change { RECORDED, SHARED, CORRECTED, WITHDRAWN }

    @Override
    public String action() {
        return "target." + change.name().toLowerCase();
    }

    @Override
    public String target() {
        return "target:" + (parentId == null ? targetId : parentId);
    }
}
