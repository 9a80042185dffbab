package vn.ishc.geography;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a province, district or commune, in force from {@code validFrom} (inclusive) to
 * {@code validTo} (exclusive; null while in force). The same code may name other units at other dates.
 */
public record AdminUnit(long id, Level level, String code, UnitKind kind, String name, String fullName,
                        String nameEn, String fullNameEn, String parentCode, LocalDate validFrom,
                        LocalDate validTo, String path, List<String> formerCodes) {

    /** The tier of a unit: districts existed only until 30 June 2025. */
    public enum Level {
        PROVINCE, DISTRICT, COMMUNE;

        public String code() {
            return name().toLowerCase();
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    public boolean inForceToday() {
        return validTo == null;
    }

    /** The last day the unit was in force, or null while it still is. */
    public LocalDate lastDay() {
        return validTo == null ? null : validTo.minusDays(1);
    }

    /** A date on which the unit was in force: the given one if it fits, else its last day. */
    public LocalDate dateWithin(LocalDate preferred) {
        return inForceOn(preferred) ? preferred : lastDay();
    }

    public String label(boolean english) {
        return english ? fullNameEn : fullName;
    }
}
