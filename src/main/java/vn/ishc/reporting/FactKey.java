package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a figure is kept: a period (a month, a quarter, a year, by its first day), an indicator code and
 * its disaggregation written as {@link Figure#dimsKey()} ("" for the total).
 */
record FactKey(Period.Kind kind, LocalDate start, String code, String dims) {

    static FactKey month(YearMonth month, String code, String dims) {
        return new FactKey(Period.Kind.MONTH, month.atDay(1), code, dims);
    }

    /** The key of a figure counted over the period as a whole. */
    static FactKey of(Period period, String code, String dims) {
        return new FactKey(period.kind(), period.start(), code, dims);
    }

    /** The last day of the period the key is kept for. */
    LocalDate end() {
        return switch (kind) {
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR, RANGE -> start.plusYears(1).minusDays(1);
        };
    }
}
