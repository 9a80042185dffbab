package vn.ishc.geography;

import java.time.LocalDate;
import vn.ishc.shared.AreaScope;

/** Real units of the shipped map, looked up by level, code and date. */
public final class GeographyFixtures {

    public static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);
    public static final LocalDate AFTER_REFORM = LocalDate.of(2025, 8, 1);

    private GeographyFixtures() {
    }

    public static AdminUnit province(AdminUnits units, String code, LocalDate date) {
        return units.at(AdminUnit.Level.PROVINCE, code, date, AreaScope.nation());
    }

    public static AdminUnit commune(AdminUnits units, String code, LocalDate date) {
        return units.at(AdminUnit.Level.COMMUNE, code, date, AreaScope.nation());
    }

    public static AdminUnit communeToday(AdminUnits units, String code) {
        return commune(units, code, AFTER_REFORM);
    }

    public static AdminUnit communeBeforeReform(AdminUnits units, String code) {
        return commune(units, code, BEFORE_REFORM);
    }
}
