package vn.ishc.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.funds.InterestRate;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.shared.InvalidInputException;

/**
 * The board's loan rules as typed on the loans page: amounts in đồng, rates in per cent with a decimal comma or
 * point ("0,8", "0.8 %"), the interest rate a month or a year (a month when not said); the product they are for
 * (none: the club's only product), and whether instalments are rounded to 1,000 đ and fall on the meeting day.
 */
record RulesForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn, String maxAmount,
                 Integer maxTermMonths, String ratePercent, InterestRate.Per ratePer, LoanSchedule.Method method,
                 LoanSchedule.Repayment repayment, Integer graceMonths, String penaltyRatePercent, String eligibility,
                 LoanSchedule.Prepayment prepayment, UUID productId, Boolean roundToThousand,
                 LoanSchedule.DueDay dueDay) {

    /** Up to three digits of per cent and ten decimals, as people write a rate; nothing is rounded. */
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}([.,]\\d{1,10})?");

    Loans.Rules rules(UUID clubId) {
        InterestRate.Per per = ratePer == null ? InterestRate.Per.MONTH : ratePer;
        BigDecimal rate = fraction(ratePercent, per == InterestRate.Per.MONTH ? "monthlyRate" : "yearlyRate");
        BigDecimal penalty = fraction(penaltyRatePercent, "penaltyRate");
        return new Loans.Rules(null, clubId, approvedOn, FundController.dong(maxAmount, "maxAmount"),
                maxTermMonths == null ? 0 : maxTermMonths, rate == null ? null : new InterestRate(rate, per), method,
                repayment, graceMonths == null ? 0 : graceMonths, penalty, eligibility, prepayment, productId,
                new LoanSchedule.Layout(Boolean.TRUE.equals(roundToThousand), dueDay));
    }

    /** A per cent as typed, as a fraction (0,8 → 0.008); null when nothing was typed. */
    static BigDecimal fraction(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String number = typed.strip();
        if (number.endsWith("%")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        if (!PERCENT.matcher(number).matches()) {
            throw new InvalidInputException("loans.rules.rateTyped", field, typed.strip());
        }
        return new BigDecimal(number.replace(',', '.')).movePointLeft(2);
    }
}
