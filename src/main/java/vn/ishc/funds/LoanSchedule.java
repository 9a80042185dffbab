package vn.ishc.funds;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.ishc.clubs.MeetingDay;

/**
 * The repayment schedule of a loan under a club's rules: monthly instalments of whole đồng, the
 * rounding differences in the last one.
 * <ul>
 * <li>Flat interest: each month's interest is the rate times the amount lent.</li>
 * <li>Declining balance: each month's interest is the rate times what is still owed.</li>
 * <li>Equal instalments: the principal is repaid over the months after the grace period (flat: equal
 * parts of principal; declining: equal payments of principal and interest, an annuity).</li>
 * <li>Interest monthly, principal at the end: the whole principal falls due with the last instalment.</li>
 * <li>Equal principal ("gốc đều, lãi trên dư nợ giảm dần", as banks and the Bank for Social Policies present
 * it): the same part of the principal each month after the grace period, with the month's interest on what is
 * still owed, so the instalments fall month by month. Its interest is on the declining balance by definition.</li>
 * </ul>
 * Instalment k falls due k months after disbursement (the last day of the month where the day does
 * not exist), or on the club's meeting day ({@link DueDates#meetingDay}); during the grace months only
 * interest is due. Each instalment bears a month's interest whatever the days between its due dates.
 * <p>
 * Under rules that round instalments to 1,000 đ, the principal part of every instalment but the last absorbs
 * the rounding: the instalment's total is rounded to the nearest 1,000 đ (up, when rounding down would take
 * the principal below nothing), and the last repays exactly what is left, so the principal repaid is exactly
 * the amount lent. A month's interest is worked out exactly from
 * the rate as agreed (a yearly rate's twelfth is never rounded first); only its đồng are rounded.
 * <p>
 * Principal paid ahead of the schedule lowers what the later months are worked out on
 * ({@link #afterPrepayment}): the instalments whose month has begun stay as they were, the later ones are
 * worked out again on what is still owed, keeping either the term (smaller instalments) or the instalment
 * (an earlier end), as the club's rules choose. Under flat interest, which is on the amount lent by
 * definition, a prepayment pays the principal ahead: the later instalments' principal shrinks (their
 * interest stays) or the loan ends sooner and the months dropped bear no interest. A loan repaying its
 * principal at the end keeps its term either way: under declining interest its later months' interest
 * falls, under flat interest only the last principal does.
 */
public final class LoanSchedule {

    public enum Method { FLAT, DECLINING }

    public enum Repayment { EQUAL_INSTALMENTS, PRINCIPAL_AT_END, EQUAL_PRINCIPAL }

    /** On which day the instalments of a loan fall due: k months after it runs from, or on the club's meeting day. */
    public enum DueDay { MONTHS_AFTER, MEETING_DAY }

    /** The fewest days between a loan's disbursement and its first instalment on a meeting day. */
    public static final int FIRST_MEETING_AT_LEAST_DAYS = 15;

    /**
     * How a loan's instalments are laid out beyond its interest: rounded to 1,000 đ or to the đồng, and falling due
     * k months after disbursement or on the club's meeting day.
     */
    public record Layout(boolean roundToThousand, DueDay dueDay) {

        /** To the đồng, k months after disbursement: what every loan had before rules could say otherwise. */
        public static final Layout PLAIN = new Layout(false, DueDay.MONTHS_AFTER);

        public Layout {
            dueDay = dueDay == null ? DueDay.MONTHS_AFTER : dueDay;
        }
    }

    /**
     * When the k-th instalment (from 1) of a plan running from a day falls due.
     */
    @FunctionalInterface
    public interface DueDates {

        LocalDate dueOn(LocalDate from, int k);

        /** k months after the day the plan runs from (the month's last day where that day does not exist). */
        DueDates MONTHS_AFTER = LocalDate::plusMonths;

        /**
         * On the club's meeting day: the first instalment at the first meeting at least
         * {@value LoanSchedule#FIRST_MEETING_AT_LEAST_DAYS} days after the day the plan runs from (so a meeting fewer days away is
         * skipped for the next month's), each later one at the meeting of the month after the one before.
         */
        static DueDates meetingDay(MeetingDay meeting) {
            return (from, k) -> {
                YearMonth first = YearMonth.from(meeting.nextOnOrAfter(from.plusDays(FIRST_MEETING_AT_LEAST_DAYS)));
                return in(meeting, first.plusMonths(k - 1L));
            };
        }

        private static LocalDate in(MeetingDay meeting, YearMonth month) {
            return meeting.in(month.getYear(), month.getMonthValue());
        }

        /** The due dates a layout asks for, given the club's meeting day (needed only for {@link DueDay#MEETING_DAY}). */
        static DueDates of(Layout layout, MeetingDay meeting) {
            return layout.dueDay() == DueDay.MEETING_DAY ? meetingDay(meeting) : MONTHS_AFTER;
        }
    }

    /** What principal paid ahead of the schedule does to the later instalments: make them smaller, or end sooner. */
    public enum Prepayment { REDUCE_INSTALMENT, REDUCE_TERM }

    /** One instalment: number (from 1), due date, principal and interest in đồng. */
    public record Instalment(int number, LocalDate dueOn, long principal, long interest) {

        public long total() {
            return principal + interest;
        }
    }

    /**
     * The rules' terms that shape a loan's instalments: its rate, how interest is counted and repaid, what a prepayment
     * does, and whether each instalment is rounded to 1,000 đ.
     */
    public record Terms(InterestRate rate, Method method, Repayment repayment, Prepayment prepayment,
                        boolean roundToThousand) {

        /** Terms to the đồng. */
        public Terms(InterestRate rate, Method method, Repayment repayment, Prepayment prepayment) {
            this(rate, method, repayment, prepayment, false);
        }
    }

    /**
     * The plan a loan's instalments follow, from its disbursement or from the board's latest rescheduling:
     * the day it runs from, what it spreads (flat interest is on this), its months and interest-only months,
     * and the number of its first instalment. Its k-th instalment falls due as {@code dueDates} say: k months after
     * {@code from} unless the rules put it on the club's meeting day.
     */
    public record Plan(LocalDate from, long amount, int months, int graceMonths, int firstNumber, DueDates dueDates) {

        /** A plan whose k-th instalment falls due k months after it runs from. */
        public Plan(LocalDate from, long amount, int months, int graceMonths, int firstNumber) {
            this(from, amount, months, graceMonths, firstNumber, DueDates.MONTHS_AFTER);
        }

        public Plan {
            dueDates = dueDates == null ? DueDates.MONTHS_AFTER : dueDates;
        }

        /** The day the plan's k-th instalment falls due. */
        LocalDate dueOn(int k) {
            return dueDates.dueOn(from, k);
        }

        /** The k-th month of the plan begins on this day (the day it runs from, or the day instalment k − 1 fell due). */
        LocalDate monthBegins(int k) {
            return k == 1 ? from : dueOn(k - 1);
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
        return of(amount, months, graceMonths, new Terms(rate, method, repayment, Prepayment.REDUCE_INSTALMENT),
                disbursedOn, DueDates.MONTHS_AFTER);
    }

    /** A loan's schedule under the rules' terms (rounding included), its instalments falling due as {@code dueDates} say. */
    public static List<Instalment> of(long amount, int months, int graceMonths, Terms terms, LocalDate disbursedOn,
                                      DueDates dueDates) {
        if (amount <= 0 || months < 1 || graceMonths < 0 || graceMonths >= months || terms.rate().value().signum() < 0) {
            throw new IllegalArgumentException("amount " + amount + ", months " + months + ", grace " + graceMonths);
        }
        return spread(new Plan(disbursedOn, amount, months, graceMonths, 1, dueDates), terms, 1, amount);
    }

    /**
     * The instalments of a plan from its month {@code first} on, repaying {@code owed}: under
     * {@link Prepayment#REDUCE_TERM} at the plan's own instalment, ending when nothing is left; otherwise over all
     * the plan's months left.
     */
    private static List<Instalment> spread(Plan plan, Terms terms, int first, long owed) {
        boolean keepInstalment = terms.prepayment() == Prepayment.REDUCE_TERM;
        boolean flat = terms.method() == Method.FLAT;
        boolean atEnd = terms.repayment() == Repayment.PRINCIPAL_AT_END;
        boolean equalPrincipal = terms.repayment() == Repayment.EQUAL_PRINCIPAL;
        int graceLeft = Math.max(0, plan.graceMonths() - (first - 1));
        int amortised = plan.months() - first + 1 - graceLeft;
        int planAmortised = plan.months() - plan.graceMonths();
        long flatInterest = terms.rate().monthOn(plan.amount());
        long part = keepInstalment ? plan.amount() / planAmortised : owed / amortised;
        long payment = flat || atEnd || equalPrincipal ? 0 : whole(keepInstalment ? annuity(plan.amount(), planAmortised, terms.rate())
                : annuity(owed, amortised, terms.rate()));
        List<Instalment> out = new ArrayList<>();
        for (int k = first; k <= plan.months(); k++) {
            if (keepInstalment && owed == 0 && k > first) {
                break;
            }
            // Equal principal is on the declining balance by definition, whatever the method says.
            long interest = flat && !equalPrincipal ? flatInterest : terms.rate().monthOn(owed);
            long principal;
            if (atEnd ? k < plan.months() : k <= plan.graceMonths()) {
                principal = 0;
            } else if (k == plan.months()) {
                principal = owed;
            } else if (flat || equalPrincipal) {
                principal = Math.min(owed, part);
            } else {
                principal = Math.max(0, Math.min(owed, payment - interest));
            }
            if (terms.roundToThousand() && k < plan.months()) {
                principal = roundedToThousand(principal, interest, owed);
            }
            owed -= principal;
            out.add(new Instalment(plan.firstNumber() - 1 + k, plan.dueOn(k), principal, interest));
        }
        return out;
    }

    /**
     * The principal of an instalment whose total is rounded to the nearest 1,000 đ (half up), or up to the next 1,000
     * when rounding down would leave less than its interest; never more than is owed.
     */
    static long roundedToThousand(long principal, long interest, long owed) {
        long total = (principal + interest + 500) / 1_000 * 1_000;
        if (total < interest) {
            total = (interest + 999) / 1_000 * 1_000;
        }
        return Math.min(owed, total - interest);
    }

    /**
     * The principal paid ahead of a schedule on a day: what has been repaid beyond the principal of every
     * instalment whose month has begun by then (0 when the plan has no month left to begin).
     */
    public static long paidAhead(List<Instalment> schedule, long principalPaid, LocalDate on, Plan plan) {
        int kept = keptBefore(on, plan);
        if (kept < 0 || kept >= schedule.size()) {
            return 0;
        }
        return Math.max(0, principalPaid - principal(schedule.subList(0, kept)));
    }

    /**
     * A loan's schedule after principal was paid ahead of it on a day, or after such a payment was reversed:
     * the instalments whose month began before that day stay as they were (those already due among them);
     * the plan's later ones are worked out again on what is still owed, from the same due dates, keeping the
     * plan's term or its instalment as {@code terms} say. What was paid ahead of the instalments kept goes
     * into the first new one, so the schedule still adds up to the amount lent and the repayments are set
     * against it in the same order; when nothing is left owed, that instalment ends the schedule.
     *
     * @param principalPaid  principal repaid so far, with the payment ahead
     */
    public static List<Instalment> afterPrepayment(List<Instalment> schedule, long amount, long principalPaid,
                                                   LocalDate on, Plan plan, Terms terms) {
        int kept = keptBefore(on, plan);
        if (kept < 0 || kept > schedule.size()) {
            return schedule;
        }
        List<Instalment> out = new ArrayList<>(schedule.subList(0, kept));
        long keptPrincipal = principal(out);
        long ahead = Math.max(0, principalPaid - keptPrincipal);
        long owed = amount - keptPrincipal - ahead;
        if (owed == 0 && ahead == 0) {
            return schedule;
        }
        int first = kept - (plan.firstNumber() - 1) + 1;
        List<Instalment> rest = owed == 0
                ? List.of(new Instalment(kept + 1, plan.dueOn(first), 0, 0))
                : spread(plan, terms, first, owed);
        Instalment next = rest.get(0);
        out.add(new Instalment(next.number(), next.dueOn(), next.principal() + ahead, next.interest()));
        out.addAll(rest.subList(1, rest.size()));
        return out;
    }

    /**
     * How many instalments of a schedule following the plan have a month begun before a day: every one before
     * the plan, and the plan's months begun before it. -1 when the plan has no month beginning on or after it.
     */
    private static int keptBefore(LocalDate on, Plan plan) {
        int k = 1;
        while (k <= plan.months() && plan.monthBegins(k).isBefore(on)) {
            k++;
        }
        return k > plan.months() ? -1 : plan.firstNumber() - 1 + k - 1;
    }

    private static long principal(List<Instalment> instalments) {
        return instalments.stream().mapToLong(Instalment::principal).sum();
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
        return rescheduled(old, new Paid(amount, principalPaid, interestPaid), on, months, graceMonths,
                new Terms(rate, method, repayment, Prepayment.REDUCE_INSTALMENT), DueDates.MONTHS_AFTER);
    }

    /** What a loan lent and what it has repaid so far, principal and interest. */
    public record Paid(long amount, long principal, long interest) {
    }

    /**
     * As {@link #rescheduled(List, long, long, long, LocalDate, int, InterestRate, Method, Repayment, int)}, under the
     * rules' terms (rounding included), the new instalments falling due as {@code dueDates} say from the day decided.
     */
    public static List<Instalment> rescheduled(List<Instalment> old, Paid paid, LocalDate on, int months, int graceMonths,
                                               Terms terms, DueDates dueDates) {
        long amount = paid.amount();
        long principalPaid = paid.principal();
        long interestPaid = paid.interest();
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
        for (Instalment i : of(owed, months, graceMonths, terms, on, dueDates)) {
            boolean first = i.number() == 1;
            out.add(new Instalment(kept + i.number(), i.dueOn(),
                    i.principal() + (first ? paidTowardsNext : 0),
                    i.interest() + (first ? interestTowardsNext + interestArrears : 0)));
        }
        return out;
    }

    /**
     * What is left to pay of each instalment once the principal and the interest repaid are set against the
     * instalments in order, as a loan's standing sets them (a prepayment's principal, carried in the instalment
     * after it, shows there as paid).
     */
    public static List<Long> leftToPay(List<Instalment> schedule, long principalPaid, long interestPaid) {
        List<Long> out = new ArrayList<>();
        long principal = principalPaid;
        long interest = interestPaid;
        for (Instalment i : schedule) {
            long p = Math.min(principal, i.principal());
            long in = Math.min(interest, i.interest());
            principal -= p;
            interest -= in;
            out.add(i.total() - p - in);
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
