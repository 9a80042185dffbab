package vn.ishc.funds.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.BankAccount;
import vn.ishc.funds.BankAccounts;
import vn.ishc.funds.BookClosings;
import vn.ishc.members.Members;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.funds.Readers;
import vn.ishc.funds.MoneyRecorders;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.Dong;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.web.FormOutcome;

/** A club's funds: balances, a statement for a period, and the forms to record money in and out. */
@Controller
class FundController {

    static final String WRITERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";
    // Of a club's board, only the chair and the finance member record money (MoneyRecorders).
    static final String CLUB_WRITERS = WRITERS + " and @moneyRecorders.club(authentication, #clubId)";
    static final String ENTRY_WRITERS = WRITERS + " and @moneyRecorders.entry(authentication, #entryId)";

    static final String OFFICERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')";
    private static final java.util.Set<String> OFFICER_ROLES = java.util.Set.of("ROLE_NATIONAL_ADMIN",
            "ROLE_PROVINCE_OFFICER", "ROLE_COMMUNE_OFFICER");

    private final Funds funds;
    private final BookClosings closings;
    private final Members members;
    private final Clubs clubs;
    private final MoneyRecorders recorders;
    private final MessageSource messages;
    private final Clock clock;
    private final BankAccounts banks;

    FundController(Funds funds, BookClosings closings, Members members, Clubs clubs, MoneyRecorders recorders,
                   MessageSource messages, Clock clock, BankAccounts banks) {
        this.banks = banks;
        this.closings = closings;
        this.members = members;
        this.recorders = recorders;
        this.funds = funds;
        this.clubs = clubs;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/clubs/{clubId}/funds")
    String page(@PathVariable UUID clubId, @RequestParam(required = false) UUID fund,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                AreaScope scope, Authentication auth, Model model, Locale locale) {
        Club club = clubs.get(clubId, scope);
        List<Fund> all = funds.of(clubId, scope);
        model.addAttribute("mayRecord", recorders.club(auth, clubId));
        Fund shown = all.stream().filter(f -> f.id().equals(fund)).findFirst().orElse(all.get(0));
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        model.addAttribute("club", club);
        model.addAttribute("funds", all);
        model.addAttribute("shown", shown);
        model.addAttribute("statement", funds.statement(shown.id(), start, end, scope).forReader(Readers.seePeople(auth)));
        model.addAttribute("sources", Entry.Source.values());
        model.addAttribute("today", today());
        model.addAttribute("lastMonth", YearMonth.from(today()).minusMonths(1));
        model.addAttribute("key", UUID.randomUUID());
        boolean people = Readers.seePeople(auth);
        model.addAttribute("closings", closings.history(clubId, scope).stream()
                .map(c -> people ? c : c.withoutPeople()).toList());
        model.addAttribute("members", people ? members.membersOf(clubId, today(), scope) : List.of());
        model.addAttribute("counts", funds.cashCounts(shown.id(), scope).stream().limit(6).toList());
        model.addAttribute("places", funds.placeBalances(shown, today(), today()).stream()
                .map(p -> people || p.account() == null ? p
                        : new Funds.PlaceBalance(p.account().withoutPeople(), p.opening(), p.closing())).toList());
        model.addAttribute("bankAccounts", banks.holdings(clubId, today(), scope).stream()
                .map(h -> people ? h : h.withoutPeople()).toList());
        model.addAttribute("bankKinds", List.of(Entry.Kind.DEPOSIT, Entry.Kind.WITHDRAWAL, Entry.Kind.BANK_TRANSFER,
                Entry.Kind.BANK_INTEREST, Entry.Kind.BANK_FEE));
        model.addAttribute("placeLabels", banks.of(clubId, scope).stream().collect(java.util.stream.Collectors.toMap(
                BankAccount::id, b -> messages.getMessage("funds.place.label", new Object[] {b.bank(), b.lastDigits()},
                        locale))));
        model.addAttribute("mayReopen", recorders.club(auth, clubId) && auth.getAuthorities().stream()
                .anyMatch(a -> OFFICER_ROLES.contains(a.getAuthority())));
        return "funds/funds";
    }

    @PostMapping("/clubs/{clubId}/funds/{fundId}/contributions")
    @PreAuthorize(CLUB_WRITERS)
    String contribute(@PathVariable UUID clubId, @PathVariable UUID fundId, @RequestParam(required = false) String amount,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      @RequestParam(required = false) Entry.Source source, @RequestParam(required = false) UUID personId,
                      @RequestParam(required = false) String description,
                      @RequestParam(required = false) String key, Principal user, AreaScope scope,
                      RedirectAttributes redirect, Locale locale) {
        return answer(clubId, fundId, redirect, locale, () -> funds.contribute(fundId, date, dong(amount), source,
                personId, description, key, user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/funds/{fundId}/expenses")
    @PreAuthorize(CLUB_WRITERS)
    String spend(@PathVariable UUID clubId, @PathVariable UUID fundId, @RequestParam(required = false) String amount,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 @RequestParam(required = false) String purpose, @RequestParam(required = false) String key,
                 Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer(clubId, fundId, redirect, locale, () -> funds.spend(fundId, date, dong(amount), purpose, key,
                user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/funds/{fundId}/transfers")
    @PreAuthorize(CLUB_WRITERS)
    String transfer(@PathVariable UUID clubId, @PathVariable UUID fundId, @RequestParam(required = false) UUID toFundId,
                    @RequestParam(required = false) String amount,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(required = false) String description, @RequestParam(required = false) String key,
                    Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer(clubId, fundId, redirect, locale, () -> funds.transfer(fundId, toFundId, date, dong(amount),
                description, key, user.getName(), scope));
    }

    @PostMapping("/fund-entries/{entryId}/reversal")
    @PreAuthorize(ENTRY_WRITERS)
    String reverse(@PathVariable UUID entryId, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String key, Principal user, AreaScope scope,
                   RedirectAttributes redirect, Locale locale) {
        Entry e = funds.entry(entryId, scope);
        return answer(e.clubId(), e.lines().get(0).fundId(), redirect, locale,
                () -> funds.reverse(entryId, today(), reason, key, user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/funds")
    @PreAuthorize(CLUB_WRITERS)
    String open(@PathVariable UUID clubId, @RequestParam(required = false) Fund.Kind kind,
                @RequestParam(required = false) String name,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedOn,
                Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer(clubId, null, redirect, locale, () -> funds.open(clubId, kind == null ? Fund.Kind.WELFARE : kind,
                name, openedOn, user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/funds/close")
    @PreAuthorize(CLUB_WRITERS)
    String close(@PathVariable UUID clubId, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                 Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer(clubId, null, redirect, locale, () -> {
            if (month == null) {
                throw InvalidInputException.missing("funds.field.missing", "month");
            }
            funds.closeMonth(clubId, month, user.getName(), scope);
            return null;
        });
    }

    /** The cash in the box counted and compared with the book; the difference is kept and told. */
    @PostMapping("/clubs/{clubId}/funds/{fundId}/cash-counts")
    @PreAuthorize(CLUB_WRITERS)
    String countCash(@PathVariable UUID clubId, @PathVariable UUID fundId, @RequestParam(required = false) String counted,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     @RequestParam(required = false) String key, @RequestParam(required = false) String back,
                     Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        // The meeting's money page sends its count here and is shown again; any other place is not followed.
        fundOfClub(clubId, fundId);
        String target = back != null && back.startsWith("/clubs/" + clubId + "/meeting-money")
                && back.matches("[/\\w?=&.-]+") ? "redirect:" + back : "redirect:/clubs/" + clubId + "/funds?fund=" + fundId;
        try {
            Long amount = Dong.parse(counted, "counted");
            if (amount == null) {
                throw InvalidInputException.missing("funds.field.missing", "counted");
            }
            long difference = funds.count(fundId, date, amount, key, user.getName(), scope).difference();
            redirect.addFlashAttribute("notice", messages.getMessage(difference == 0 ? "funds.count.matches"
                    : difference > 0 ? "funds.count.over" : "funds.count.short",
                    new Object[] {money(amount), money(amount - difference), money(Math.abs(difference))}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return target;
    }

    private static String money(long dong) {
        return String.format(java.util.Locale.ROOT, "%,d", dong).replace(',', '.');
    }

    @PostMapping("/clubs/{clubId}/funds/reopen")
    @PreAuthorize(OFFICERS + " and @moneyRecorders.club(authentication, #clubId)")
    String reopen(@PathVariable UUID clubId, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                  @RequestParam(required = false) String reason, Principal user, AreaScope scope,
                  RedirectAttributes redirect, Locale locale) {
        return answer(clubId, null, redirect, locale, () -> closings.reopen(clubId, month, reason, user.getName(), scope));
    }

    private String answer(UUID clubId, UUID fundId, RedirectAttributes redirect, Locale locale,
                          java.util.function.Supplier<?> action) {
        if (fundId != null) {
            fundOfClub(clubId, fundId);
        }
        return FormOutcome.redirect("/clubs/" + clubId + "/funds" + (fundId == null ? "" : "?fund=" + fundId),
                "funds.saved", redirect, messages, locale, action);
    }

    /**
     * Refuses a fund that is not the club's: who may record money is decided by the club in the address, so the
     * fund must be one of its own.
     */
    private void fundOfClub(UUID clubId, UUID fundId) {
        if (funds.of(clubId, AreaScope.nation()).stream().noneMatch(f -> f.id().equals(fundId))) {
            throw new vn.ishc.shared.NotFoundException("funds.notFound", fundId);
        }
    }

    /** The amount typed on a page (1.500.000) in the field {@code amount}, which must be there. */
    static long dong(String typed) {
        return dong(typed, "amount");
    }

    /** An amount typed on a page (1.500.000), which must be there; a refusal names {@code field}. */
    static long dong(String typed, String field) {
        Long amount = Dong.parse(typed, field);
        if (amount == null) {
            throw InvalidInputException.missing("funds.field.missing", field);
        }
        return amount;
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
