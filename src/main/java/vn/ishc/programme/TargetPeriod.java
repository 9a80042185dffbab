package vn.ishc.programme;

import java.time.YearMonth;
import java.util.Objects;

/** The run of months a target covers, from its first month to its last, both included. */
public record TargetPeriod(YearMonth first, YearMonth last) {

    public TargetPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Period ends before it starts: " + first + ".." + last);
        }
    }

    /** Whole years, e.g. 2021–2025: January of the first to December of the last. */
    public static TargetPeriod years(int firstYear, int lastYear) {
        return new TargetPeriod(YearMonth.of(firstYear, 1), YearMonth.of(lastYear, 12));
    }

    public boolean overlaps(YearMonth from, YearMonth to) {
        return !first.isAfter(to) && !last.isBefore(from);
    }

    public boolean wholeYears() {
        return first.getMonthValue() == 1 && last.getMonthValue() == 12;
    }

    /** "2021–2025" for whole years, else "01/2021–06/2023". */
    public String label() {
        if (wholeYears()) {
            return first.getYear() == last.getYear() ? String.valueOf(first.getYear())
                    : first.getYear() + "–" + last.getYear();
        }
        return String.format("%02d/%d–%02d/%d", first.getMonthValue(), first.getYear(), last.getMonthValue(),
                last.getYear());
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
