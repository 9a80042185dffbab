package vn.ishc.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a target: an indicator code (as in the indicator catalogue), an area on today's map
 * ({@code areaPath} "" for the nation, "20" a province, "20.06097" a commune, with its name), a
 * period, and a value that is either a count or amount ({@link Measure#COUNT}) or a share in per cent
 * of the indicator {@code ofCode} ({@link Measure#SHARE}), to reach at least or at most. A province's
 * share of a national target names it as {@code parentId}. A version replaced by a correction or
 * withdrawn keeps its row, with who superseded it and when.
 */
public record Target(UUID id, String code, String areaPath, String areaName, TargetPeriod period, Measure measure,
                     BigDecimal value, String ofCode, Direction direction, SourceDocument document, UUID parentId,
                     String note, Instant recordedAt, String recordedBy, UUID replaces, Instant supersededAt,
                     String supersededBy) {

    /** Whether the value is a number of things (or đồng) or a per cent of another indicator. */
    public enum Measure { COUNT, SHARE }

    /** Whether the figure must reach the value or stay within it. */
    public enum Direction { AT_LEAST, AT_MOST }

    public boolean isNational() {
        return areaPath.isEmpty();
    }

    /** Whether this is the version in force (not replaced by a correction, not withdrawn). */
    public boolean current() {
        return supersededAt == null;
    }

    /** Whether the target is a province's part of a national target. */
    public boolean isProvincePart() {
        return parentId != null;
    }

    /** Whether the value is a per cent of the indicator {@code ofCode}. */
    public boolean inPerCent() {
        return measure == Measure.SHARE;
    }

    /** The depth of its area: 0 the nation, 1 a province, 2 a commune. */
    public int areaLevel() {
        return areaPath.isEmpty() ? 0 : areaPath.contains(".") ? 2 : 1;
    }
}
