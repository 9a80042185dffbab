package vn.ishc.funds.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
import vn.ishc.funds.BookClosings;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.funds.Readers;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A club's funds and ledger. Postings take an Idempotency-Key header: the same key sent again (a
 * retried request, a double tap) returns the entry already recorded.
 */
@RestController
class FundApi {

    static final String WRITERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";

    private final Funds funds;
    private final BookClosings closings;
    private final Clock clock;

    FundApi(Funds funds, BookClosings closings, Clock clock) {
        this.funds = funds;
        this.closings = closings;
        this.clock = clock;
    }

    record Contribution(LocalDate date, Long amount, Entry.Source source, UUID personId, String description) {
    }

    record Expense(LocalDate date, Long amount, String purpose) {
    }

    @Schema(name = "FundTransfer")
    record Transfer(UUID toFundId, LocalDate date, Long amount, String description) {
    }

    @Schema(name = "EntryReversal")
    record Reversal(LocalDate date, String reason) {
    }

    @Schema(name = "MonthToClose")
    record Closing(YearMonth month) {
    }

    @Schema(name = "BooksReopening")
    record Reopening(YearMonth month, String reason) {
    }

    static final String OFFICERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')";

    @GetMapping("/api/v1/clubs/{clubId}/funds")
    List<Fund> funds(@PathVariable UUID clubId, AreaScope scope) {
        return funds.of(clubId, scope);
    }

    @GetMapping("/api/v1/funds/{fundId}/statement")
    Funds.Statement statement(@PathVariable UUID fundId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              AreaScope scope, Authentication reader) {
        LocalDate end = to == null ? BusinessCalendar.today(clock) : to;
        return funds.statement(fundId, from == null ? end.withDayOfMonth(1) : from, end, scope)
                .forReader(Readers.seePeople(reader));
    }

    @PostMapping("/api/v1/funds/{fundId}/contributions")
    @PreAuthorize(WRITERS + " and @moneyRecorders.fund(authentication, #fundId)")
    ResponseEntity<Entry> contribute(@PathVariable UUID fundId, @RequestBody Contribution body,
                                     @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                     Principal user, AreaScope scope) {
        return ResponseEntity.status(201).body(funds.contribute(fundId, body.date(), orZero(body.amount()), body.source(),
                body.personId(), body.description(), key, user.getName(), scope));
    }

    @PostMapping("/api/v1/funds/{fundId}/expenses")
    @PreAuthorize(WRITERS + " and @moneyRecorders.fund(authentication, #fundId)")
    ResponseEntity<Entry> spend(@PathVariable UUID fundId, @RequestBody Expense body,
                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                Principal user, AreaScope scope) {
        return ResponseEntity.status(201).body(funds.spend(fundId, body.date(), orZero(body.amount()), body.purpose(), key,
                user.getName(), scope));
    }

    @PostMapping("/api/v1/funds/{fundId}/transfers")
    @PreAuthorize(WRITERS + " and @moneyRecorders.fund(authentication, #fundId)")
    ResponseEntity<Entry> transfer(@PathVariable UUID fundId, @RequestBody Transfer body,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                   Principal user, AreaScope scope) {
        return ResponseEntity.status(201).body(funds.transfer(fundId, body.toFundId(), body.date(), orZero(body.amount()),
                body.description(), key, user.getName(), scope));
    }

    @PostMapping("/api/v1/fund-entries/{entryId}/reversal")
    @PreAuthorize(WRITERS + " and @moneyRecorders.entry(authentication, #entryId)")
    ResponseEntity<Entry> reverse(@PathVariable UUID entryId, @RequestBody Reversal body,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                  Principal user, AreaScope scope) {
        return ResponseEntity.status(201).body(funds.reverse(entryId, body.date(), body.reason(), key, user.getName(),
                scope));
    }

    @PostMapping("/api/v1/clubs/{clubId}/funds/close")
    @PreAuthorize(WRITERS + " and @moneyRecorders.club(authentication, #clubId)")
    ResponseEntity<Void> close(@PathVariable UUID clubId, @RequestBody Closing body, Principal user, AreaScope scope) {
        if (body.month() == null) {
            throw vn.ishc.shared.InvalidInputException.missing("funds.field.missing", "month");
        }
        funds.closeMonth(clubId, body.month(), user.getName(), scope);
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "CashCounted")
    record Counted(LocalDate date, Long counted) {
    }

    /** The cash in the box counted and compared with the book that day; the difference is kept. */
    @PostMapping("/api/v1/funds/{fundId}/cash-counts")
    @PreAuthorize(WRITERS + " and @moneyRecorders.fund(authentication, #fundId)")
    ResponseEntity<Funds.CashCount> count(@PathVariable UUID fundId, @RequestBody Counted body,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                          Principal user, AreaScope scope) {
        if (body.counted() == null) {
            throw vn.ishc.shared.InvalidInputException.missing("funds.field.missing", "counted");
        }
        return ResponseEntity.status(201).body(funds.count(fundId, body.date(), body.counted(), key, user.getName(),
                scope));
    }

    @GetMapping("/api/v1/funds/{fundId}/cash-counts")
    List<Funds.CashCount> counts(@PathVariable UUID fundId, AreaScope scope, Authentication reader) {
        boolean people = Readers.seePeople(reader);
        return funds.cashCounts(fundId, scope).stream().map(c -> people ? c : c.withoutPeople()).toList();
    }

    /** An officer reopens the club's books from a month on, with a reason; audited like the closing. */
    @PostMapping("/api/v1/clubs/{clubId}/funds/reopen")
    @PreAuthorize(OFFICERS + " and @moneyRecorders.club(authentication, #clubId)")
    BookClosings.Closing reopen(@PathVariable UUID clubId, @RequestBody Reopening body, Principal user, AreaScope scope) {
        return closings.reopen(clubId, body.month(), body.reason(), user.getName(), scope);
    }

    /** The club's closings (each with the report kept when the books were closed) and reopenings, the latest first. */
    @GetMapping("/api/v1/clubs/{clubId}/funds/closings")
    List<BookClosings.Closing> closings(@PathVariable UUID clubId, AreaScope scope, Authentication reader) {
        boolean people = Readers.seePeople(reader);
        return closings.history(clubId, scope).stream().map(c -> people ? c : c.withoutPeople()).toList();
    }

    private static long orZero(Long amount) {
        return amount == null ? 0 : amount;
    }
}
