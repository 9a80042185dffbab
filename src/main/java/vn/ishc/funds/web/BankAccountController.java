package vn.ishc.funds.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.BankAccount;
import vn.ishc.funds.BankAccounts;
import vn.ishc.funds.BankReconciliations;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Funds;
import vn.ishc.funds.MoneyRecorders;
import vn.ishc.funds.Readers;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.Dong;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.web.FormOutcome;

/**
 * The club's bank and savings accounts on its pages: opening one, moving a fund's money between its cash box
 * and them, and a bank account's page, where a bank statement is entered and compared with the book.
 */
@Controller
class BankAccountController {

    /** How many statement lines the page's form offers. */
    static final int STATEMENT_LINES = 6;

    private final BankAccounts accounts;
    private final BankReconciliations reconciliations;
    private final Funds funds;
    private final Clubs clubs;
    private final MoneyRecorders recorders;
    private final MessageSource messages;
    private final Clock clock;

    BankAccountController(BankAccounts accounts, BankReconciliations reconciliations, Funds funds, Clubs clubs,
                          MoneyRecorders recorders, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.reconciliations = reconciliations;
        this.funds = funds;
        this.clubs = clubs;
        this.recorders = recorders;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/clubs/{clubId}/bank-accounts")
    @PreAuthorize(FundController.CLUB_WRITERS)
    String open(@PathVariable UUID clubId, @RequestParam(required = false) BankAccount.Kind kind,
                @RequestParam(required = false) String name, @RequestParam(required = false) String bank,
                @RequestParam(required = false) String accountNumber,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedOn,
                Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return FormOutcome.redirect("/clubs/" + clubId + "/funds", "funds.saved", redirect, messages, locale,
                () -> accounts.open(clubId, new BankAccounts.Opening(kind, name, bank, accountNumber, openedOn),
                        user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/funds/{fundId}/bank-movements")
    @PreAuthorize(FundController.CLUB_WRITERS + " and @moneyRecorders.fund(authentication, #fundId)")
    String move(@PathVariable UUID clubId, @PathVariable UUID fundId, @RequestParam(required = false) Entry.Kind kind,
                @RequestParam(required = false) UUID bankAccountId, @RequestParam(required = false) UUID toBankAccountId,
                @RequestParam(required = false) String amount,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(required = false) String description, @RequestParam(required = false) String key,
                Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return FormOutcome.redirect("/clubs/" + clubId + "/funds?fund=" + fundId, "funds.saved", redirect, messages,
                locale, () -> accounts.move(new BankAccounts.Movement(kind, fundId, bankAccountId,
                        kind == Entry.Kind.BANK_TRANSFER ? toBankAccountId : null, date,
                        FundController.dong(amount), description), key, user.getName(), scope));
    }

    @GetMapping("/clubs/{clubId}/bank-accounts/{bankAccountId}")
    String page(@PathVariable UUID clubId, @PathVariable UUID bankAccountId, AreaScope scope, Authentication auth,
                Model model) {
        BankAccount account = ofClub(clubId, bankAccountId, scope);
        boolean people = Readers.seePeople(auth);
        LocalDate today = BusinessCalendar.today(clock);
        model.addAttribute("club", clubs.get(clubId, scope));
        model.addAttribute("account", people ? account : account.withoutPeople());
        model.addAttribute("holding", accounts.holdings(clubId, today, scope).stream()
                .filter(h -> h.account().id().equals(account.id())).findFirst().orElseThrow());
        model.addAttribute("funds", funds.of(clubId, scope));
        model.addAttribute("pending", reconciliations.pending(account.id(), today));
        model.addAttribute("reconciliations", reconciliations.history(account.id(), scope).stream()
                .map(r -> people ? r : r.withoutPeople()).toList());
        model.addAttribute("mayRecord", recorders.club(auth, clubId));
        model.addAttribute("today", today);
        model.addAttribute("lineNumbers", java.util.stream.IntStream.range(0, STATEMENT_LINES).boxed().toList());
        return "funds/bank-account";
    }

    /** A bank statement entered and compared with the book; the difference and what is not yet on it are told. */
    @PostMapping("/clubs/{clubId}/bank-accounts/{bankAccountId}/reconciliations")
    @PreAuthorize(FundController.CLUB_WRITERS + " and @moneyRecorders.bankAccount(authentication, #bankAccountId)")
    String reconcile(@PathVariable UUID clubId, @PathVariable UUID bankAccountId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     @RequestParam(required = false) String balance,
                     @RequestParam(required = false) String note, jakarta.servlet.http.HttpServletRequest request,
                     Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        String target = "redirect:/clubs/" + clubId + "/bank-accounts/" + bankAccountId;
        try {
            ofClub(clubId, bankAccountId, scope);
            BankReconciliations.Reconciliation r = reconciliations.reconcile(bankAccountId,
                    new BankReconciliations.Statement(date, Dong.parse(balance, "balance"),
                            lines(values(request, "lineDate"), values(request, "lineDirection"),
                                    values(request, "lineAmount"), values(request, "lineDescription")), note),
                    user.getName(), scope);
            long difference = r.difference();
            redirect.addFlashAttribute("notice", messages.getMessage(difference == 0 ? "funds.bank.reconciled.matches"
                            : difference > 0 ? "funds.bank.reconciled.over" : "funds.bank.reconciled.short",
                    new Object[] {money(r.statementBalance()), money(r.bookBalance()), money(Math.abs(difference))},
                    locale));
            redirect.addFlashAttribute("result", r);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return target;
    }

    /** The statement's lines filled in on the form; a row left empty is skipped, money out is negative. */
    private static List<BankReconciliations.StatementLine> lines(List<String> dates, List<String> directions,
                                                                 List<String> amounts, List<String> descriptions) {
        List<BankReconciliations.StatementLine> out = new ArrayList<>();
        int rows = dates == null ? 0 : dates.size();
        for (int i = 0; i < rows; i++) {
            String day = dates.get(i);
            Long amount = Dong.parse(at(amounts, i), "lineAmount");
            if ((day == null || day.isBlank()) && amount == null) {
                continue;
            }
            if (day == null || day.isBlank()) {
                throw InvalidInputException.missing("funds.field.missing", "lineDate");
            }
            if (amount == null) {
                throw InvalidInputException.missing("funds.field.missing", "lineAmount");
            }
            LocalDate on;
            try {
                on = LocalDate.parse(day.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException("funds.bank.lineDate", "lineDate", day.strip());
            }
            out.add(new BankReconciliations.StatementLine(on, "OUT".equals(at(directions, i)) ? -amount : amount,
                    at(descriptions, i)));
        }
        return out;
    }

    /** A repeated field's values as sent, one a row (read apart: a single value must not be split at its commas). */
    private static List<String> values(jakarta.servlet.http.HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : java.util.Arrays.asList(values);
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    private BankAccount ofClub(UUID clubId, UUID bankAccountId, AreaScope scope) {
        BankAccount account = accounts.get(bankAccountId, scope);
        if (!account.clubId().equals(clubId)) {
            throw new NotFoundException("funds.bank.notFound", bankAccountId);
        }
        return account;
    }

    private static String money(long dong) {
        return String.format(Locale.ROOT, "%,d", dong).replace(',', '.');
    }
}
