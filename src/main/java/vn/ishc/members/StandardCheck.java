package vn.ishc.members;

import java.time.LocalDate;
import java.util.List;

/**
 * A club against the national standard of Decision 1336/QĐ-TTg on a date: each figure with its
 * numerator and denominator and whether it meets the standard (null where the standard sets no range).
 */
public record StandardCheck(LocalDate date, List<Figure> figures) {

    /** One figure of the check. */
    public record Figure(String key, long numerator, long denominator, Integer low, Integer high, Boolean meets) {

        /** The share in whole per cent, rounded half up; 0 when there is nobody. */
        public long percent() {
            return denominator == 0 ? 0 : (numerator * 200 + denominator) / (2 * denominator);
        }
    }

    public boolean meetsAll() {
        return figures.stream().allMatch(f -> f.meets() == null || f.meets());
    }
}
