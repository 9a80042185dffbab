package vn.ishc.meetings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * For reporting: a health reading was recorded, or corrected ({@code correction}: it replaces the
 * reading of the same id). Carries the values so figures can be kept without reading the tables.
 */
public record ReadingRecorded(UUID readingId, UUID personId, UUID clubId, long communeId, String communePath,
                              LocalDate takenOn, ReadingOrigin origin, UUID originId, boolean correction,
                              Integer systolic, Integer diastolic, Integer pulse, BigDecimal weightKg,
                              PressureLevel level, Boolean referralMade) {
}
