package vn.ishc.programme;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A training course the associations hold: what it trains ({@link Kind}), the organiser's area on
 * today's map ({@code areaPath} "" the nation, "20" a province, "20.06058" a commune, with its name),
 * from and to which day, where, and the partner project that funds it, if any. It is held on its last
 * day; {@code participants} counts the people taking part. A cancelled course keeps its row with who
 * cancelled it, when and why, and counts for nothing. {@code version} is what a correction sends back.
 */
public record Course(UUID id, String title, Kind kind, String areaPath, String areaName, LocalDate startsOn,
                     LocalDate endsOn, String place, UUID projectId, String note, int participants,
                     Instant recordedAt, String recordedBy, Instant cancelledAt, String cancelledBy,
                     String cancelReason, int version) {

    /** Whom a course trains. */
    public enum Kind { CLUB_BOARD, TRAINERS, OFFICERS, HOME_CARE, OTHER }

    @JsonProperty("level")
    public AreaLevel level() {
        return AreaLevel.of(areaPath);
    }

    public boolean isNational() {
        return areaPath.isEmpty();
    }

    @JsonProperty("cancelled")
    public boolean cancelled() {
        return cancelledAt != null;
    }
}
