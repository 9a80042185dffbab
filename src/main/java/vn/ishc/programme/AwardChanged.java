package vn.ishc.programme;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/** A commendation was recorded: its issuer's area and day, for reporting to count awards given. */
public record AwardChanged(UUID awardId, Change change, String areaPath, LocalDate givenOn, String actor,
                           Map<String, Object> detail) implements AuditableEvent {

    /** What happened to the commendation. */
    public enum Change { RECORDED }

    @Override
    public String action() {
        return "award." + change.name().toLowerCase();
    }

    @Override
    public String target() {
        return "award:" + awardId;
    }
}
