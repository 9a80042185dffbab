package vn.ishc.activities;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded fact of a club's activity areas; a cancelled one keeps its date and reason. */
public record Activity(UUID id, UUID clubId, ActivityKind kind, LocalDate on, String title, Integer participants,
                       UUID personId, String personName, Boolean member, NewActivity.HelpForm helpForm,
                       Long valueDong, BigDecimal labourDays, NewActivity.SourceType sourceType,
                       NewActivity.ResourceForm resourceForm, NewActivity.Fund fund, UUID mentorId,
                       String mentorName, String proposals, String outcome, String notes, LocalDate cancelledOn,
                       String cancelReason, int version) {

    @JsonProperty("area")
    public int area() {
        return kind.area();
    }

    @JsonProperty("cancelled")
    public boolean cancelled() {
        return cancelledOn != null;
    }
}
