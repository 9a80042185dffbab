package vn.ishc.funds.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.InterestRate;
import vn.ishc.funds.LoanProducts;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.funds.MoneyRecorders;
import vn.ishc.funds.OutsideLoans;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.web.FormOutcome;

/** A club's loans with their arrears, a loan's page with its schedule, and the board's and finance member's steps. */
@Controller
@PreAuthorize(LoanController.READERS)
class LoanController {

    // A loan names its borrower: partners see the fund's figures only.
    static final String READERS = "!hasRole('PARTNER_VIEWER')";
    static final String LOAN_WRITERS = FundController.WRITERS + " and @moneyRecorders.loan(authentication, #loanId)";
    static final String OUTSIDE_WRITERS = FundController.WRITERS + " and @moneyRecorders.outsideLoan(authentication, #id)";

    private final Loans loans;
    private final LoanProducts products;
    private final OutsideLoans outside;
    private final Clubs clubs;
    private final Members members;
    private final MoneyRecorders recorders;
    private final MessageSource messages;
    private final Clock clock;

    LoanController(Loans loans, LoanProducts products, OutsideLoans outside, Clubs clubs, Members members,
                   MoneyRecorders recorders, MessageSource messages, Clock clock) {
        this.loans = loans;
        this.products = products;
        this.recorders = recorders;
        this.outside = outside;
        this.clubs = clubs;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/clubs/{clubId}/loans")
    String list(@PathVariable UUID clubId, AreaScope scope, Authentication auth, Model model) {
        Club club = clubs.get(clubId, scope);
        model.addAttribute("club", club);
        model.addAttribute("mayRecord", recorders.club(auth, clubId));
        Loans.Book book = loans.book(clubId, today(), scope);
        model.addAttribute("rows", book.loans());
        model.addAttribute("rules", loans.rulesOn(clubId, today(), scope).orElse(null));
        List<LoanProducts.Product> all = products.ofClub(clubId, today(), scope);
        model.addAttribute("products", all);
        model.addAttribute("openProducts", all.stream().filter(p -> p.openOn(today())).toList());
        model.addAttribute("dueDays", LoanSchedule.DueDay.values());
        model.addAttribute("book", book);
        model.addAttribute("outside", outside.ofClub(clubId, scope));
        model.addAttribute("members", members.membersOf(clubId, today(), scope));
        model.addAttribute("purposes", Loans.Purpose.values());
        model.addAttribute("methods", LoanSchedule.Method.values());
        model.addAttribute("repayments", LoanSchedule.Repayment.values());
        model.addAttribute("ratePers", InterestRate.Per.values());
        model.addAttribute("prepayments", LoanSchedule.Prepayment.values());
        model.addAttribute("today", today());
        return "funds/loans";
    }

    /**
     * The board's rules: the rate in per cent as typed ("0,8" or "0.8"), a month or a year. A rate above the legal
     * cap is saved and the page says so beside the notice.
     */
    @PostMapping("/clubs/{clubId}/loan-rules")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String rules(@PathVariable UUID clubId, @ModelAttribute RulesForm form, Principal user, AreaScope scope,
                 RedirectAttributes redirect, Locale locale) {
        return answer("/clubs/" + clubId + "/loans", redirect, locale, () -> {
            Loans.Rules saved = loans.approveRules(clubId, form.rules(clubId), user.getName(), scope);
            if (saved.rate().aboveLegalCap()) {
                redirect.addFlashAttribute("warning", messages.getMessage("loans.rules.aboveLegalCap",
                        new Object[] {saved.rate().yearly().movePointRight(2)}, locale));
            }
            return saved;
        });
    }

    /** The board adds a loan product with its name and first rules (typed as the rules are). */
    @PostMapping("/clubs/{clubId}/loan-products")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String addProduct(@PathVariable UUID clubId, @RequestParam(required = false) String name,
                      @ModelAttribute RulesForm form, Principal user, AreaScope scope, RedirectAttributes redirect,
                      Locale locale) {
        return answer("/clubs/" + clubId + "/loans#products", redirect, locale, () -> {
            LoanProducts.Product saved = products.create(clubId, name, form.rules(clubId), user.getName(), scope);
            if (saved.rules() != null && saved.rules().rate().aboveLegalCap()) {
                redirect.addFlashAttribute("warning", messages.getMessage("loans.rules.aboveLegalCap",
                        new Object[] {saved.rules().rate().yearly().movePointRight(2)}, locale));
            }
            return saved;
        });
    }

    /** The board withdraws a product from a day: no new loan under it from then; running loans are unchanged. */
    @PostMapping("/clubs/{clubId}/loan-products/{productId}/withdrawal")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String withdrawProduct(@PathVariable UUID clubId, @PathVariable UUID productId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate withdrawnOn,
                           Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer("/clubs/" + clubId + "/loans#products", redirect, locale,
                () -> products.withdraw(clubId, productId, withdrawnOn, user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/loans")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String apply(@PathVariable UUID clubId, @RequestParam(required = false) UUID productId,
                 @RequestParam(required = false) UUID personId,
                 @RequestParam(required = false) String amount, @RequestParam(required = false) Loans.Purpose purpose,
                 @RequestParam(required = false) String purposeNote, @RequestParam(required = false) Integer termMonths,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
                 Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer("/clubs/" + clubId + "/loans", redirect, locale, () -> loans.apply(clubId,
                new Loans.Application(productId, personId, FundController.dong(amount), purpose, purposeNote,
                        termMonths == null ? 0 : termMonths, appliedOn), user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/outside-loans")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String outside(@PathVariable UUID clubId, @RequestParam(required = false) UUID personId,
                   @RequestParam(required = false) String lender, @RequestParam(required = false) String amount,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate obtainedOn,
                   @RequestParam(required = false) Integer termMonths, @RequestParam(required = false) Loans.Purpose purpose,
                   Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer("/clubs/" + clubId + "/loans#outside", redirect, locale, () -> outside.record(clubId, personId, lender,
                FundController.dong(amount), obtainedOn, termMonths, purpose, null, user.getName(), scope));
    }

    @PostMapping("/outside-loans/{id}/repaid")
    @PreAuthorize(OUTSIDE_WRITERS)
    String outsideRepaid(@PathVariable UUID id,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repaidOn,
                         AreaScope scope, RedirectAttributes redirect, Locale locale) {
        UUID clubId = outside.get(id, scope).clubId();
        return answer("/clubs/" + clubId + "/loans#outside", redirect, locale, () -> outside.repaid(id, repaidOn, scope));
    }

    @GetMapping("/loans/{loanId}")
    String loan(@PathVariable UUID loanId, AreaScope scope, Authentication auth, Model model) {
        Loans.Loan loan = loans.get(loanId, scope);
        Loans.Standing standing = loans.standing(loanId, today(), scope);
        model.addAttribute("club", clubs.get(loan.clubId(), scope));
        model.addAttribute("mayRecord", recorders.club(auth, loan.clubId()));
        long penalty = loans.suggestedPenalty(loanId, today(), scope);
        model.addAttribute("penalty", penalty);
        model.addAttribute("entries", loans.entries(loanId, scope));
        model.addAttribute("reschedulings", loans.reschedulings(loanId, scope));
        model.addAttribute("product", products.get(loan.productId(), today(), scope));
        model.addAttribute("rules", loans.rulesOf(loanId, scope).orElse(null));
        model.addAttribute("recalculations", loans.recalculations(loanId, scope));
        model.addAttribute("loan", loan);
        model.addAttribute("standing", standing);
        List<LoanSchedule.Instalment> schedule = loans.schedule(loanId, scope);
        model.addAttribute("schedule", schedule);
        model.addAttribute("left", LoanSchedule.leftToPay(schedule, loan.principalRepaid(), loan.interestPaid()));
        model.addAttribute("dueNow", standing.principalDue() + standing.interestDue());
        model.addAttribute("toPay", standing.principalDue() + standing.interestDue() + penalty);
        model.addAttribute("today", today());
        model.addAttribute("key", UUID.randomUUID());
        return "funds/loan";
    }

    @PostMapping("/loans/{loanId}/decision")
    @PreAuthorize(LOAN_WRITERS)
    String decide(@PathVariable UUID loanId, @RequestParam(defaultValue = "false") boolean approve,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                  @RequestParam(required = false) String note, Principal user, AreaScope scope,
                  RedirectAttributes redirect, Locale locale) {
        return answer("/loans/" + loanId, redirect, locale,
                () -> loans.decide(loanId, approve, decidedOn, note, user.getName(), scope));
    }

    @PostMapping("/loans/{loanId}/disbursement")
    @PreAuthorize(LOAN_WRITERS)
    String disburse(@PathVariable UUID loanId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) String key, Principal user, AreaScope scope,
                    RedirectAttributes redirect, Locale locale) {
        return answer("/loans/" + loanId, redirect, locale, () -> loans.disburse(loanId, on, key, user.getName(), scope));
    }

    @PostMapping("/loans/{loanId}/repayments")
    @PreAuthorize(LOAN_WRITERS)
    String repay(@PathVariable UUID loanId, @RequestParam(required = false) String amount,
                 @RequestParam(required = false) String penalty,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 @RequestParam(required = false) String key, Principal user, AreaScope scope,
                 RedirectAttributes redirect, Locale locale) {
        return answer("/loans/" + loanId, redirect, locale, () -> loans.repay(loanId, on, FundController.dong(amount),
                penalty == null || penalty.isBlank() ? 0 : FundController.dong(penalty, "penalty"), key, user.getName(), scope));
    }

    /** Money paid on a written-off loan, recorded as a recovery. */
    @PostMapping("/loans/{loanId}/recoveries")
    @PreAuthorize(LOAN_WRITERS)
    String recover(@PathVariable UUID loanId, @RequestParam(required = false) String amount,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                   @RequestParam(required = false) String key, Principal user, AreaScope scope,
                   RedirectAttributes redirect, Locale locale) {
        return answer("/loans/" + loanId, redirect, locale,
                () -> loans.recover(loanId, on, FundController.dong(amount), key, user.getName(), scope));
    }

    @PostMapping("/loans/{loanId}/reschedule")
    @PreAuthorize(LOAN_WRITERS)
    String reschedule(@PathVariable UUID loanId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                      @RequestParam(required = false) Integer termMonths, @RequestParam(required = false) Integer graceMonths,
                      @RequestParam(required = false) String reason, Principal user, AreaScope scope,
                      RedirectAttributes redirect, Locale locale) {
        return answer("/loans/" + loanId, redirect, locale, () -> loans.reschedule(loanId, decidedOn,
                termMonths == null ? 0 : termMonths, graceMonths == null ? 0 : graceMonths, reason, user.getName(), scope));
    }

    @PostMapping("/loans/{loanId}/repayments/{entryId}/reversal")
    @PreAuthorize(LOAN_WRITERS)
    String reverseRepayment(@PathVariable UUID loanId, @PathVariable UUID entryId,
                            @RequestParam(required = false) String reason, @RequestParam(required = false) String key,
                            Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer("/loans/" + loanId, redirect, locale,
                () -> loans.reverseRepayment(loanId, entryId, today(), reason, key, user.getName(), scope));
    }

    @PostMapping("/loans/{loanId}/write-off")
    @PreAuthorize(LOAN_WRITERS)
    String writeOff(@PathVariable UUID loanId, @RequestParam(required = false) String reason, Principal user,
                    AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer("/loans/" + loanId, redirect, locale,
                () -> loans.writeOff(loanId, today(), reason, user.getName(), scope));
    }

    private String answer(String back, RedirectAttributes redirect, Locale locale, java.util.function.Supplier<?> action) {
        return FormOutcome.redirect(back, "funds.saved", redirect, messages, locale, action);
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
