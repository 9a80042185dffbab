package vn.ishc.funds.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.funds.Entry;
import vn.ishc.funds.InterestRate;
import vn.ishc.funds.LoanProducts;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/**
 * A club's loan products with their rules, and its loans: application (under a product), the board's decision,
 * disbursement, repayments, their reversal, rescheduling, write-off and recoveries after it. Disbursements,
 * repayments, recoveries and reversals take an Idempotency-Key header: sent again, the same key records nothing
 * new. Loans name their borrowers, so partners are refused.
 */
@RestController
@PreAuthorize(LoanApi.READERS)
class LoanApi {

    static final String READERS = "!hasRole('PARTNER_VIEWER')";
    static final String CLUB_WRITERS = FundApi.WRITERS + " and @moneyRecorders.club(authentication, #clubId)";
    static final String LOAN_WRITERS = FundApi.WRITERS + " and @moneyRecorders.loan(authentication, #loanId)";

    /** The warning's code (and message key): the rate is above the 20 % a year the Civil Code allows (article 468). */
    static final String ABOVE_CAP = "loans.rules.aboveLegalCap";

    private final Loans loans;
    private final LoanProducts products;
    private final Clock clock;
    private final MessageSource messages;

    LoanApi(Loans loans, LoanProducts products, Clock clock, MessageSource messages) {
        this.loans = loans;
        this.products = products;
        this.clock = clock;
        this.messages = messages;
    }

    /** A loan application; {@code productId} may be left out when the club has exactly one loan product. */
    record Application(UUID personId, Long amount, Loans.Purpose purpose, String purposeNote, Integer termMonths,
                       LocalDate appliedOn, UUID productId) {
    }

    /** Money paid on a written-off loan, recorded as a recovery. */
    @Schema(name = "LoanRecovery")
    record Recovery(LocalDate on, Long amount) {
    }

    /** A new loan product: its name and its first rules (approved on the day it starts). */
    @Schema(name = "LoanProductRequest")
    record ProductBody(String name, RulesBody rules) {
    }

    /** A product withdrawn from a day: no new loan is made under it from then; running loans are unchanged. */
    @Schema(name = "LoanProductWithdrawal")
    record Withdrawal(LocalDate withdrawnOn) {
    }

    /** A loan product with its rules in force today (none before its first rules). */
    @Schema(name = "LoanProductView")
    record ProductView(UUID id, UUID clubId, String name, LocalDate createdOn, LocalDate withdrawnOn, RulesView rules) {
    }

    @Schema(name = "LoanDecision")
    record Decision(Boolean approve, LocalDate decidedOn, String note) {
    }

    record Disbursement(LocalDate on) {
    }

    record Repayment(LocalDate on, Long amount, Long penalty) {
    }

    @Schema(name = "LoanEntryReversal")
    record Reversal(LocalDate on, String reason) {
    }

    @Schema(name = "ReschedulingRequest")
    record Rescheduling(LocalDate decidedOn, Integer termMonths, Integer graceMonths, String reason) {
    }

    record WriteOff(LocalDate on, String reason) {
    }

    /**
     * A loan with where it stands today, its schedule, its entries, the board's reschedulings and the times its
     * later instalments were worked out again after principal was paid ahead.
     */
    record LoanView(Loans.Loan loan, Loans.Standing standing, long suggestedPenalty,
                    List<LoanSchedule.Instalment> schedule, List<Entry> entries, List<Loans.Rescheduling> reschedulings,
                    List<Loans.Recalculation> recalculations) {
    }

    /**
     * Loan rules as the board approved them. The interest rate is a fraction, a month ({@code monthlyRate}, 0.008 for
     * 0.8 %) or a year ({@code yearlyRate}, 0.1 for 10 %): give one; it is kept exactly as given. {@code prepayment}:
     * what principal paid ahead of a schedule does to the later instalments (REDUCE_INSTALMENT, the default, keeps the
     * term; REDUCE_TERM keeps the instalment and ends sooner). {@code repayment} EQUAL_PRINCIPAL repays the same part
     * of the principal each month with interest on what is still owed (method DECLINING). {@code productId}: the
     * product the rules are for (left out: the club's only product). {@code roundToThousand}: each instalment but the
     * last rounded to 1,000 đ, its principal taking the rounding (default false). {@code dueDay}: MONTHS_AFTER
     * (default) or MEETING_DAY, the club's meeting day of each month (a month later when the first would be fewer
     * than 15 days after disbursement).
     */
    @Schema(name = "LoanRulesRequest")
    record RulesBody(LocalDate approvedOn, Long maxAmount, Integer maxTermMonths, BigDecimal monthlyRate,
                     BigDecimal yearlyRate, LoanSchedule.Method method, LoanSchedule.Repayment repayment,
                     Integer graceMonths, BigDecimal penaltyRate, String eligibility,
                     LoanSchedule.Prepayment prepayment, UUID productId, Boolean roundToThousand,
                     LoanSchedule.DueDay dueDay) {

        Loans.Rules rules(UUID clubId) {
            return new Loans.Rules(null, clubId, approvedOn, orZero(maxAmount), maxTermMonths == null ? 0 : maxTermMonths,
                    rate(), method, repayment, graceMonths == null ? 0 : graceMonths, penaltyRate, eligibility, prepayment,
                    productId, new LoanSchedule.Layout(Boolean.TRUE.equals(roundToThousand), dueDay));
        }

        InterestRate rate() {
            if (monthlyRate != null && yearlyRate != null) {
                throw new InvalidInputException("loans.rules.rateTwice", "yearlyRate");
            }
            return yearlyRate != null ? InterestRate.yearly(yearlyRate)
                    : monthlyRate != null ? InterestRate.monthly(monthlyRate) : null;
        }
    }

    /** A warning about what was saved (kept as it was sent), in the user's language, with a code to tell it by. */
    @Schema(name = "LoanRulesWarning")
    record Warning(String code, String message) {
    }

    /** Loan rules with the rate as they were given (one of monthlyRate, yearlyRate) and any warning about them. */
    @Schema(name = "LoanRules")
    record RulesView(UUID id, UUID clubId, LocalDate approvedOn, long maxAmount, int maxTermMonths, BigDecimal monthlyRate,
                     BigDecimal yearlyRate, LoanSchedule.Method method, LoanSchedule.Repayment repayment, int graceMonths,
                     BigDecimal penaltyRate, String eligibility, LoanSchedule.Prepayment prepayment,
                     List<Warning> warnings, UUID productId, boolean roundToThousand, LoanSchedule.DueDay dueDay) {
    }

    @GetMapping("/api/v1/clubs/{clubId}/loans")
    Loans.Book book(@PathVariable UUID clubId, AreaScope scope) {
        return loans.book(clubId, today(), scope);
    }

    @GetMapping("/api/v1/clubs/{clubId}/loan-rules")
    ResponseEntity<RulesView> rules(@PathVariable UUID clubId, AreaScope scope, Locale locale) {
        return ResponseEntity.of(loans.rulesOn(clubId, today(), scope).map(r -> view(r, locale)));
    }

    /** Saves the rules; a rate above the legal cap is kept, and the answer carries a warning saying so. */
    @PostMapping("/api/v1/clubs/{clubId}/loan-rules")
    @PreAuthorize(CLUB_WRITERS)
    ResponseEntity<RulesView> approveRules(@PathVariable UUID clubId, @RequestBody RulesBody body, Principal user,
                                           AreaScope scope, Locale locale) {
        return ResponseEntity.status(201).body(view(loans.approveRules(clubId, body.rules(clubId), user.getName(), scope),
                locale));
    }

    @GetMapping("/api/v1/clubs/{clubId}/loan-products")
    List<ProductView> products(@PathVariable UUID clubId, AreaScope scope, Locale locale) {
        return products.ofClub(clubId, today(), scope).stream().map(p -> view(p, locale)).toList();
    }

    /** Adds a loan product with its name and first rules; a rate above the legal cap is kept with a warning. */
    @PostMapping("/api/v1/clubs/{clubId}/loan-products")
    @PreAuthorize(CLUB_WRITERS)
    ResponseEntity<ProductView> addProduct(@PathVariable UUID clubId, @RequestBody ProductBody body, Principal user,
                                           AreaScope scope, Locale locale) {
        Loans.Rules rules = body.rules() == null ? null : body.rules().rules(clubId);
        return ResponseEntity.status(201).body(view(products.create(clubId, body.name(), rules, user.getName(), scope),
                locale));
    }

    @PostMapping("/api/v1/clubs/{clubId}/loan-products/{productId}/withdrawal")
    @PreAuthorize(CLUB_WRITERS)
    ProductView withdrawProduct(@PathVariable UUID clubId, @PathVariable UUID productId, @RequestBody Withdrawal body,
                                Principal user, AreaScope scope, Locale locale) {
        return view(products.withdraw(clubId, productId, body.withdrawnOn(), user.getName(), scope), locale);
    }

    private ProductView view(LoanProducts.Product p, Locale locale) {
        return new ProductView(p.id(), p.clubId(), p.name(), p.createdOn(), p.withdrawnOn(),
                p.rules() == null ? null : view(p.rules(), locale));
    }

    private RulesView view(Loans.Rules r, Locale locale) {
        InterestRate rate = r.rate();
        List<Warning> warnings = rate.aboveLegalCap()
                ? List.of(new Warning(ABOVE_CAP, messages.getMessage(ABOVE_CAP, new Object[] {rate.yearly().movePointRight(2)},
                        locale)))
                : List.of();
        return new RulesView(r.id(), r.clubId(), r.approvedOn(), r.maxAmount(), r.maxTermMonths(),
                rate.per() == InterestRate.Per.MONTH ? rate.value() : null,
                rate.per() == InterestRate.Per.YEAR ? rate.value() : null, r.method(), r.repayment(), r.graceMonths(),
                r.penaltyRate(), r.eligibility(), r.prepayment(), warnings, r.productId(), r.layout().roundToThousand(),
                r.layout().dueDay());
    }

    @PostMapping("/api/v1/clubs/{clubId}/loans")
    @PreAuthorize(CLUB_WRITERS)
    ResponseEntity<Loans.Loan> apply(@PathVariable UUID clubId, @RequestBody Application body, Principal user,
                                     AreaScope scope) {
        return ResponseEntity.status(201).body(loans.apply(clubId, new Loans.Application(body.productId(), body.personId(),
                orZero(body.amount()), body.purpose(), body.purposeNote(), body.termMonths() == null ? 0 : body.termMonths(),
                body.appliedOn()), user.getName(), scope));
    }

    @GetMapping("/api/v1/loans/{loanId}")
    LoanView loan(@PathVariable UUID loanId, AreaScope scope) {
        LocalDate today = today();
        return new LoanView(loans.get(loanId, scope), loans.standing(loanId, today, scope),
                loans.suggestedPenalty(loanId, today, scope), loans.schedule(loanId, scope), loans.entries(loanId, scope),
                loans.reschedulings(loanId, scope), loans.recalculations(loanId, scope));
    }

    @PostMapping("/api/v1/loans/{loanId}/decision")
    @PreAuthorize(LOAN_WRITERS)
    Loans.Loan decide(@PathVariable UUID loanId, @RequestBody Decision body, Principal user, AreaScope scope) {
        return loans.decide(loanId, Boolean.TRUE.equals(body.approve()), body.decidedOn(), body.note(), user.getName(),
                scope);
    }

    @PostMapping("/api/v1/loans/{loanId}/disbursement")
    @PreAuthorize(LOAN_WRITERS)
    Loans.Loan disburse(@PathVariable UUID loanId, @RequestBody Disbursement body,
                        @RequestHeader(name = "Idempotency-Key", required = false) String key, Principal user,
                        AreaScope scope) {
        return loans.disburse(loanId, body.on(), key, user.getName(), scope);
    }

    @PostMapping("/api/v1/loans/{loanId}/repayments")
    @PreAuthorize(LOAN_WRITERS)
    ResponseEntity<Entry> repay(@PathVariable UUID loanId, @RequestBody Repayment body,
                                @RequestHeader(name = "Idempotency-Key", required = false) String key, Principal user,
                                AreaScope scope) {
        return ResponseEntity.status(201).body(loans.repay(loanId, body.on(), orZero(body.amount()),
                orZero(body.penalty()), key, user.getName(), scope));
    }

    /**
     * Money paid on a written-off loan: a recovery, never more than was written off less what was recovered before
     * (422 naming the amount left). Reversed as a repayment is.
     */
    @PostMapping("/api/v1/loans/{loanId}/recoveries")
    @PreAuthorize(LOAN_WRITERS)
    ResponseEntity<Entry> recover(@PathVariable UUID loanId, @RequestBody Recovery body,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key, Principal user,
                                  AreaScope scope) {
        return ResponseEntity.status(201).body(loans.recover(loanId, body.on(), orZero(body.amount()), key,
                user.getName(), scope));
    }

    @PostMapping("/api/v1/loans/{loanId}/repayments/{entryId}/reversal")
    @PreAuthorize(LOAN_WRITERS)
    ResponseEntity<Entry> reverse(@PathVariable UUID loanId, @PathVariable UUID entryId, @RequestBody Reversal body,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key, Principal user,
                                  AreaScope scope) {
        return ResponseEntity.status(201).body(loans.reverseRepayment(loanId, entryId, body.on(), body.reason(), key,
                user.getName(), scope));
    }

    @PostMapping("/api/v1/loans/{loanId}/reschedule")
    @PreAuthorize(LOAN_WRITERS)
    LoanView reschedule(@PathVariable UUID loanId, @RequestBody Rescheduling body, Principal user, AreaScope scope) {
        loans.reschedule(loanId, body.decidedOn(), body.termMonths() == null ? 0 : body.termMonths(),
                body.graceMonths() == null ? 0 : body.graceMonths(), body.reason(), user.getName(), scope);
        return loan(loanId, scope);
    }

    @PostMapping("/api/v1/loans/{loanId}/write-off")
    @PreAuthorize(LOAN_WRITERS)
    Loans.Loan writeOff(@PathVariable UUID loanId, @RequestBody WriteOff body, Principal user, AreaScope scope) {
        return loans.writeOff(loanId, body.on(), body.reason(), user.getName(), scope);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
