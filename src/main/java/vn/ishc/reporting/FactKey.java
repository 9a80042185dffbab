package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a figure is kept: a period (M a month, Q a quarter, Y a year, by its first day), an indicator
 * code and its disaggregation written as {@link Figure#dimsKey()} ("" for the total).
 */
record FactKey(char kind, LocalDate start, String code, String dims) {

    static FactKey month(YearMonth month, String code, String dims) {
        return new FactKey('M', month.atDay(1), code, dims);
    }

    static char kindOf(Period period) {
        return switch (period.kind()) {
            case MONTH -> 'M';
            case QUARTER -> 'Q';
            case YEAR -> 'Y';
            case RANGE -> 'R';
        };
    }
}
