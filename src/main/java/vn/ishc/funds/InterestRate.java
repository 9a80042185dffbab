package vn.ishc.funds;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A loan's interest rate as the board agreed it: a fraction of what is owed a month or a year, kept as
 * it was entered (0.008 for 0.8 % a month, 0.1 for 10 % a year). A month's interest under a yearly rate
 * is a twelfth of the year's, worked out exactly; only the đồng of each instalment is rounded.
 */
public record InterestRate(BigDecimal value, Per per) {

    /** What the rate is counted over. */
    public enum Per { MONTH, YEAR }

    /** The most interest a lender may agree, a year: 20 % (Civil Code 2015, article 468). */
    public static final BigDecimal LEGAL_CAP_A_YEAR = new BigDecimal("0.20");

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public static InterestRate monthly(BigDecimal value) {
        return new InterestRate(value, Per.MONTH);
    }

    public static InterestRate yearly(BigDecimal value) {
        return new InterestRate(value, Per.YEAR);
    }

    /** A month's interest on an amount, to the đồng (half up), from the exact product. */
    public long monthOn(long amount) {
        BigDecimal year = BigDecimal.valueOf(amount).multiply(value);
        // divide(…, 0, HALF_UP) rounds the exact quotient, so a twelfth is never rounded twice.
        return (per == Per.MONTH ? year.setScale(0, RoundingMode.HALF_UP) : year.divide(TWELVE, 0, RoundingMode.HALF_UP))
                .longValueExact();
    }

    /** The rate a month, for the annuity: exact for a monthly rate, to 34 digits for a twelfth of a yearly one. */
    BigDecimal monthly() {
        return per == Per.MONTH ? value : value.divide(TWELVE, MathContext.DECIMAL128);
    }

    /** The rate over a year: the yearly rate as agreed, or twelve times the monthly one. */
    public BigDecimal yearly() {
        return per == Per.YEAR ? value : value.multiply(TWELVE);
    }

    /** More than the law lets a lender agree (20 % a year). */
    public boolean aboveLegalCap() {
        return yearly().compareTo(LEGAL_CAP_A_YEAR) > 0;
    }

    /** The rate in per cent, as entered and without trailing zeros (0.00800 a month is 0.8). */
    public BigDecimal percent() {
        BigDecimal p = value.movePointRight(2).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }
}
