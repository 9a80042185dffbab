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
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/**
 * A club's loan rules and loans: application, the board's decision, disbursement, repayments, their
 * reversal, rescheduling and write-off. Disbursements, repayments and reversals take an
 * Idempotency-Key header: sent again, the same key records nothing new. Loans name their borrowers,
 * so partners are refused.
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
    private final Clock clock;
    private final MessageSource messages;

    LoanApi(Loans loans, Clock clock, MessageSource messages) {
        this.loans = loans;
        this.clock = clock;
        this.messages = messages;
    }

    record Application(UUID personId, Long amount, Loans.Purpose purpose, String purposeNote, Integer termMonths,
                       LocalDate appliedOn) {
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
     * term; REDUCE_TERM keeps the instalment and ends sooner).
     */
    @Schema(name = "LoanRulesRequest")
    record RulesBody(LocalDate approvedOn, Long maxAmount, Integer maxTermMonths, BigDecimal monthlyRate,
                     BigDecimal yearlyRate, LoanSchedule.Method method, LoanSchedule.Repayment repayment,
                     Integer graceMonths, BigDecimal penaltyRate, String eligibility,
                     LoanSchedule.Prepayment prepayment) {

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
                     List<Warning> warnings) {
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
        Loans.Rules rules = new Loans.Rules(null, clubId, body.approvedOn(), orZero(body.maxAmount()),
                body.maxTermMonths() == null ? 0 : body.maxTermMonths(), body.rate(), body.method(), body.repayment(),
                body.graceMonths() == null ? 0 : body.graceMonths(), body.penaltyRate(), body.eligibility(),
                body.prepayment());
        return ResponseEntity.status(201).body(view(loans.approveRules(clubId, rules, user.getName(), scope), locale));
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
                r.penaltyRate(), r.eligibility(), r.prepayment(), warnings);
    }

    @PostMapping("/api/v1/clubs/{clubId}/loans")
    @PreAuthorize(CLUB_WRITERS)
    ResponseEntity<Loans.Loan> apply(@PathVariable UUID clubId, @RequestBody Application body, Principal user,
                                     AreaScope scope) {
        return ResponseEntity.status(201).body(loans.apply(clubId, body.personId(), orZero(body.amount()), body.purpose(),
                body.purposeNote(), body.termMonths() == null ? 0 : body.termMonths(), body.appliedOn(), user.getName(),
                scope));
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
