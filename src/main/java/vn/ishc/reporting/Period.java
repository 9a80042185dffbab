package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a month, a quarter, a year, or any range of whole months. Stocks (members,
 * balances) are read at its last day; flows (meetings, loans disbursed) are added up over its months.
 */
public record Period(Kind kind, YearMonth first, YearMonth last) {

    /** How the period was asked for; a range is any run of months that is not one of the others. */
    public enum Kind { MONTH, QUARTER, YEAR, RANGE }

    private static final Pattern QUARTER_TEXT = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern RANGE_TEXT = Pattern.compile("(\\d{4}-\\d{2})(?:\\.\\.|/)(\\d{4}-\\d{2})");

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Period ends before it starts: " + first + ".." + last);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month, month);
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("No quarter " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(Kind.QUARTER, first, first.plusMonths(2));
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** A run of months; named by its kind when it is exactly one month, quarter or calendar year. */
    public static Period range(YearMonth first, YearMonth last) {
        if (first.equals(last)) {
            return month(first);
        }
        if (first.getMonthValue() == 1 && last.equals(first.plusMonths(11))) {
            return year(first.getYear());
        }
        if (first.getMonthValue() % 3 == 1 && last.equals(first.plusMonths(2))) {
            return quarter(first.getYear(), (first.getMonthValue() + 2) / 3);
        }
        return new Period(Kind.RANGE, first, last);
    }

    /**
     * Reads a period as people and URLs write it: "2024-12" (a month), "2024-Q4" or "2024Q4" (a
     * quarter), "2024" (a year), "2024-01..2024-06" or "2024-01/2024-06" (a range of months).
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static Period parse(String text) {
        try {
            return read(Objects.requireNonNull(text, "text").strip());
        } catch (java.time.DateTimeException noSuchMonth) {
            // "2024-13", "2024-00..2024-05": written as a period, but of months that do not exist.
            throw new IllegalArgumentException("Not a period: " + text, noSuchMonth);
        }
    }

    private static Period read(String t) {
        if (t.matches("\\d{4}")) {
            return year(Integer.parseInt(t));
        }
        if (t.matches("\\d{4}-\\d{2}")) {
            return month(YearMonth.parse(t));
        }
        Matcher q = QUARTER_TEXT.matcher(t);
        if (q.matches()) {
            return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
        }
        Matcher r = RANGE_TEXT.matcher(t);
        if (r.matches()) {
            return range(YearMonth.parse(r.group(1)), YearMonth.parse(r.group(2)));
        }
        throw new IllegalArgumentException("Not a period: " + t);
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    /** The period's last day: the day stocks are read and boundaries "as they were" are taken. */
    public LocalDate end() {
        return last.atEndOfMonth();
    }

    public int months() {
        return (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** The period as this system writes it, the text {@link #parse} reads back. */
    public String code() {
        return switch (kind) {
            case MONTH -> first.toString();
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3);
            case YEAR -> Integer.toString(first.getYear());
            case RANGE -> first + ".." + last;
        };
    }

    /** ISO 8601 start and duration, as ADX writes a period: "2024-12-01/P1M", "2024-01-01/P1Y". */
    public String iso() {
        return switch (kind) {
            case MONTH -> start() + "/P1M";
            case QUARTER -> start() + "/P3M";
            case YEAR -> start() + "/P1Y";
            case RANGE -> start() + "/P" + months() + "M";
        };
    }

    /**
     * DHIS2's period identifier: "202412", "2024Q4", "2024".
     *
     * @throws IllegalStateException for a range of months, which DHIS2 has no period type for
     */
    public String dhis2() {
        return switch (kind) {
            case MONTH -> String.format("%d%02d", first.getYear(), first.getMonthValue());
            case QUARTER -> first.getYear() + "Q" + ((first.getMonthValue() + 2) / 3);
            case YEAR -> Integer.toString(first.getYear());
            case RANGE -> throw new IllegalStateException("DHIS2 has no period for " + code());
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
