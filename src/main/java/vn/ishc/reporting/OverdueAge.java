package vn.ishc.reporting;

import java.util.Map;

/**
 * How late a loan is, by the days since its oldest unpaid instalment fell due on the period's last day:
 * the options of the {@code OVERDUE} disaggregation of {@code LOANS_OUTSTANDING} (docs/indicators.md),
 * each with the share of its outstanding principal that a club's fund should hold against losses.
 *
 * <p>The rates are those of microfinance practice for loans without collateral (CGAP's portfolio-at-risk
 * ageing): 0 % current, 10 % for 1–30 days, 25 % for 31–90, 50 % for 91–180 and 100 % beyond. They are
 * stricter at each age than the provisions of Circular 11/2021/TT-NHNN for credit institutions (group 2,
 * 10–90 days, 5 %; group 3, 91–180 days, 20 %; group 4, 181–360 days, 50 %; group 5, 100 %), which count on
 * collateral and a credit institution's capital that a club's fund of its members' money does not have.
 * They are fixed here, not settings, so that a provision means the same in every province and year.
 */
public enum OverdueAge {
    /** Nothing unpaid past its day. */
    CURRENT(0),
    D1_30(10),
    D31_90(25),
    D91_180(50),
    /** More than 180 days. */
    D181P(100);

    /** The disaggregation attribute of {@code LOANS_OUTSTANDING} whose options these are. */
    public static final String ATTRIBUTE = "OVERDUE";

    private final int provisionPercent;

    OverdueAge(int provisionPercent) {
        this.provisionPercent = provisionPercent;
    }

    /** The share of the outstanding principal of loans this late that the fund should hold, in per cent. */
    public int provisionPercent() {
        return provisionPercent;
    }

    /** The age of a loan whose oldest unpaid instalment is this many days overdue (0: none is). */
    public static OverdueAge of(int daysOverdue) {
        return daysOverdue <= 0 ? CURRENT : daysOverdue <= 30 ? D1_30 : daysOverdue <= 90 ? D31_90
                : daysOverdue <= 180 ? D91_180 : D181P;
    }

    /**
     * The loan-loss provision of the principal outstanding by age, in whole đồng: each age's principal times
     * its rate, added exactly (in hundredths of a đồng), then rounded once, half up, to the đồng. Computed
     * from an area's principal by age, not added up from its clubs' provisions, so an area rounds once too.
     */
    public static long provision(Map<OverdueAge, Long> outstanding) {
        long hundredths = 0;
        for (Map.Entry<OverdueAge, Long> e : outstanding.entrySet()) {
            hundredths = Math.addExact(hundredths, Math.multiplyExact(e.getValue(), (long) e.getKey().provisionPercent));
        }
        return Math.floorDiv(Math.addExact(hundredths, 50), 100);
    }
}
