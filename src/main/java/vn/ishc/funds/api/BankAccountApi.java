package vn.ishc.funds.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.funds.BankAccount;
import vn.ishc.funds.BankAccounts;
import vn.ishc.funds.BankReconciliations;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Readers;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * The club's bank and savings accounts: opening one, money moved between a fund's cash box and them (an
 * Idempotency-Key header records a request sent twice once), and bank statements compared with the book.
 * Partners get the bank and the last four digits of an account, never its name, who recorded or a note.
 */
@RestController
class BankAccountApi {

    private static final String WRITERS = FundApi.WRITERS;

    private final BankAccounts accounts;
    private final BankReconciliations reconciliations;
    private final Clock clock;

    BankAccountApi(BankAccounts accounts, BankReconciliations reconciliations, Clock clock) {
        this.accounts = accounts;
        this.reconciliations = reconciliations;
        this.clock = clock;
    }

    @Schema(name = "BankAccountOpening")
    record Opening(BankAccount.Kind kind, String name, String bank, String accountNumber, LocalDate openedOn) {
    }

    /** Kind: DEPOSIT, WITHDRAWAL, BANK_TRANSFER (with toBankAccountId), BANK_INTEREST or BANK_FEE. */
    @Schema(name = "BankMovement")
    record Movement(Entry.Kind kind, UUID bankAccountId, UUID toBankAccountId, LocalDate date, Long amount,
                    String description) {
    }

    @Schema(name = "BankStatementEntered")
    record StatementEntered(LocalDate date, Long balance, List<BankReconciliations.StatementLine> lines, String note) {
    }

    /** A bank account's balance in the book at the end of a day and its entries not yet on a statement. */
    @Schema(name = "BankBook")
    record Book(LocalDate on, long balance, List<BankAccounts.Booked> notOnStatement) {
    }

    @GetMapping("/api/v1/clubs/{clubId}/bank-accounts")
    List<BankAccounts.Holding> list(@PathVariable UUID clubId, AreaScope scope, Authentication reader) {
        boolean people = Readers.seePeople(reader);
        return accounts.holdings(clubId, BusinessCalendar.today(clock), scope).stream()
                .map(h -> people ? h : h.withoutPeople()).toList();
    }

    @PostMapping("/api/v1/clubs/{clubId}/bank-accounts")
    @PreAuthorize(WRITERS + " and @moneyRecorders.club(authentication, #clubId)")
    ResponseEntity<BankAccount> open(@PathVariable UUID clubId, @RequestBody Opening body, Principal user,
                                     AreaScope scope) {
        return ResponseEntity.status(201).body(accounts.open(clubId, new BankAccounts.Opening(body.kind(), body.name(),
                body.bank(), body.accountNumber(), body.openedOn()), user.getName(), scope));
    }

    @PostMapping("/api/v1/funds/{fundId}/bank-movements")
    @PreAuthorize(WRITERS + " and @moneyRecorders.fund(authentication, #fundId)")
    ResponseEntity<Entry> move(@PathVariable UUID fundId, @RequestBody Movement body,
                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                               Principal user, AreaScope scope) {
        return ResponseEntity.status(201).body(accounts.move(new BankAccounts.Movement(body.kind(), fundId,
                body.bankAccountId(), body.toBankAccountId(), body.date(), body.amount() == null ? 0 : body.amount(),
                body.description()), key, user.getName(), scope));
    }

    @GetMapping("/api/v1/bank-accounts/{bankAccountId}/book")
    Book book(@PathVariable UUID bankAccountId,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
              AreaScope scope) {
        BankAccount account = accounts.get(bankAccountId, scope);
        LocalDate day = on == null ? BusinessCalendar.today(clock) : on;
        return new Book(day, accounts.balanceOn(account.id(), day), reconciliations.pending(account.id(), day));
    }

    @PostMapping("/api/v1/bank-accounts/{bankAccountId}/reconciliations")
    @PreAuthorize(WRITERS + " and @moneyRecorders.bankAccount(authentication, #bankAccountId)")
    ResponseEntity<BankReconciliations.Reconciliation> reconcile(@PathVariable UUID bankAccountId,
                                                                 @RequestBody StatementEntered body, Principal user,
                                                                 AreaScope scope) {
        return ResponseEntity.status(201).body(reconciliations.reconcile(bankAccountId, new BankReconciliations.Statement(
                body.date(), body.balance(), body.lines(), body.note()), user.getName(), scope));
    }

    @GetMapping("/api/v1/bank-accounts/{bankAccountId}/reconciliations")
    List<BankReconciliations.Reconciliation> reconciliations(@PathVariable UUID bankAccountId, AreaScope scope,
                                                             Authentication reader) {
        boolean people = Readers.seePeople(reader);
        return reconciliations.history(bankAccountId, scope).stream().map(r -> people ? r : r.withoutPeople()).toList();
    }
}
