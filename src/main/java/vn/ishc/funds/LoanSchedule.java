package vn.ishc.funds;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The repayment schedule of a loan under a club's rules: monthly instalments of whole đồng, the
 * rounding differences in the last one.
 * <ul>
 * <li>Flat interest: each month's interest is the rate times the amount lent.</li>
 * <li>Declining balance: each month's interest is the rate times what is still owed.</li>
 * <li>Equal instalments: the principal is repaid over the months after the grace period (flat: equal
 * parts of principal; declining: equal payments of principal and interest, an annuity).</li>
 * <li>Interest monthly, principal at the end: the whole principal falls due with the last instalment.</li>
 * </ul>
 * Instalment k falls due k months after disbursement (the last day of the month where the day does
 * not exist); during the grace months only interest is due. A month's interest is worked out exactly from
 * the rate as agreed (a yearly rate's twelfth is never rounded first); only its đồng are rounded.
 */
public final class LoanSchedule {

    public enum Method { FLAT, DECLINING }

    public enum Repayment { EQUAL_INSTALMENTS, PRINCIPAL_AT_END }

    /** One instalment: number (from 1), due date, principal and interest in đồng. */
    public record Instalment(int number, LocalDate dueOn, long principal, long interest) {

        public long total() {
            return principal + interest;
        }
    }

    private LoanSchedule() {
    }

    /**
     * @param amount       the amount lent, đồng
     * @param months       the term in months (1 or more)
     * @param rate         the interest rate as agreed, a month or a year
     * @param graceMonths  the first months with interest only (less than the term)
     */
    public static List<Instalment> of(long amount, int months, InterestRate rate, Method method,
                                      Repayment repayment, int graceMonths, LocalDate disbursedOn) {
        if (amount <= 0 || months < 1 || graceMonths < 0 || graceMonths >= months || rate.value().signum() < 0) {
            throw new IllegalArgumentException("amount " + amount + ", months " + months + ", grace " + graceMonths);
        }
        List<Instalment> out = new ArrayList<>();
        long owed = amount;
        int amortised = repayment == Repayment.PRINCIPAL_AT_END ? 1 : months - graceMonths;
        BigDecimal annuity = method == Method.DECLINING && repayment == Repayment.EQUAL_INSTALMENTS
                ? annuity(amount, amortised, rate) : null;
        for (int k = 1; k <= months; k++) {
            long interest = rate.monthOn(method == Method.FLAT ? amount : owed);
            long principal;
            boolean repaying = repayment == Repayment.PRINCIPAL_AT_END ? k == months : k > graceMonths;
            if (!repaying) {
                principal = 0;
            } else if (k == months) {
                principal = owed;
            } else if (annuity != null) {
                principal = Math.min(owed, whole(annuity) - interest);
            } else {
                principal = amount / amortised;
            }
            owed -= principal;
            out.add(new Instalment(k, disbursedOn.plusMonths(k), principal, interest));
        }
        return out;
    }

    /**
     * A loan's schedule after the board reschedules it on a day: the instalments due by then that the
     * repayments so far have paid in full stay as they were; what is still owed is spread over {@code months} from
     * that day under the loan's own rate and method. What was paid towards the first instalment not
     * kept, and the interest already due but unpaid, go into the first new instalment, so the whole
     * schedule still adds up to the amount lent and the repayments are set against it in the same order.
     *
     * @param old            the schedule in force
     * @param principalPaid  principal repaid so far
     * @param interestPaid   interest paid so far
     * @throws IllegalArgumentException when nothing is left to repay
     */
    public static List<Instalment> rescheduled(List<Instalment> old, long amount, long principalPaid, long interestPaid,
                                               LocalDate on, int months, InterestRate rate, Method method,
                                               Repayment repayment, int graceMonths) {
        long owed = amount - principalPaid;
        if (owed <= 0) {
            throw new IllegalArgumentException("Nothing left to reschedule");
        }
        List<Instalment> out = new ArrayList<>();
        long keptPrincipal = 0;
        long keptInterest = 0;
        for (Instalment i : old) {
            if (i.dueOn().isAfter(on) || keptPrincipal + i.principal() > principalPaid
                    || keptInterest + i.interest() > interestPaid) {
                break;
            }
            keptPrincipal += i.principal();
            keptInterest += i.interest();
            out.add(i);
        }
        long interestArrears = interestArrears(old, interestPaid, on);
        long paidTowardsNext = principalPaid - keptPrincipal;
        long interestTowardsNext = interestPaid - keptInterest;
        int kept = out.size();
        for (Instalment i : of(owed, months, rate, method, repayment, graceMonths, on)) {
            boolean first = i.number() == 1;
            out.add(new Instalment(kept + i.number(), i.dueOn(),
                    i.principal() + (first ? paidTowardsNext : 0),
                    i.interest() + (first ? interestTowardsNext + interestArrears : 0)));
        }
        return out;
    }

    /** The interest already due on a day under a schedule and not paid: it moves into a rescheduled loan's first instalment. */
    public static long interestArrears(List<Instalment> schedule, long interestPaid, LocalDate on) {
        long due = schedule.stream().filter(i -> !i.dueOn().isAfter(on)).mapToLong(Instalment::interest).sum();
        return Math.max(0, due - interestPaid);
    }

    /** The equal monthly payment that repays {@code amount} over {@code n} months at the rate. */
    static BigDecimal annuity(long amount, int n, InterestRate rate) {
        BigDecimal r = rate.monthly();
        if (r.signum() == 0) {
            return BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP);
        }
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal growth = BigDecimal.ONE.add(r).pow(n, mc);
        return BigDecimal.valueOf(amount).multiply(r, mc).multiply(growth, mc).divide(growth.subtract(BigDecimal.ONE), mc);
    }

    private static long whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
