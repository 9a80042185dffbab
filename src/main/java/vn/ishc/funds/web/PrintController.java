package vn.ishc.funds.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.Account;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.funds.Readers;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.web.PdfRenderer;

/**
 * The papers a club keeps: a member's loan card (sổ vay) and a fund statement (sao kê) for a
 * period, as a page to print from the browser and as a PDF. The statement's PDF is the report the
 * board signs and sends up, in the layout of Decree 30/2020/NĐ-CP ({@link StatementDocument}) with the
 * page's figures and entries.
 */
@Controller
class PrintController {

    static final String LOAN_CARD = "funds/loan-card";
    static final String STATEMENT = "funds/statement-print";
    static final String PASSBOOK = "funds/passbook";
    /** The layout of a document an office signs (Decree 30/2020/NĐ-CP), which the statement's PDF takes. */
    static final String OFFICIAL = "web/official";

    private final Loans loans;
    private final Funds funds;
    private final Clubs clubs;
    private final Members members;
    private final AdminUnits units;
    private final Villages villages;
    private final PdfRenderer renderer;
    private final Clock clock;

    private final vn.ishc.funds.MemberFees fees;
    private final MessageSource messages;

    PrintController(Loans loans, Funds funds, Clubs clubs, Members members, AdminUnits units, Villages villages,
                    PdfRenderer renderer, Clock clock, vn.ishc.funds.MemberFees fees, MessageSource messages) {
        this.messages = messages;
        this.fees = fees;
        this.loans = loans;
        this.funds = funds;
        this.clubs = clubs;
        this.members = members;
        this.units = units;
        this.villages = villages;
        this.renderer = renderer;
        this.clock = clock;
    }

    @GetMapping("/loans/{loanId}/card")
    @PreAuthorize(LoanController.READERS)
    String card(@PathVariable UUID loanId, AreaScope scope, Model model, Locale locale) {
        model.addAllAttributes(loanCard(loanId, scope, locale));
        return LOAN_CARD;
    }

    @GetMapping("/loans/{loanId}/card.pdf")
    @PreAuthorize(LoanController.READERS)
    ResponseEntity<byte[]> cardPdf(@PathVariable UUID loanId, AreaScope scope, Locale locale) {
        Map<String, Object> model = loanCard(loanId, scope, locale);
        Loans.Loan loan = (Loans.Loan) model.get("loan");
        return PdfRenderer.attachment(renderer.pdf(LOAN_CARD, model, locale),
                PdfRenderer.fileName("pdf", "so vay", loan.personName(), loan.appliedOn()));
    }

    /** A member's passbook: what they paid in (fees, contributions) and each loan with its payments, one page. */
    @GetMapping("/clubs/{clubId}/members/{personId}/passbook")
    @PreAuthorize(LoanController.READERS)
    String passbook(@PathVariable UUID clubId, @PathVariable UUID personId, AreaScope scope, Model model, Locale locale) {
        model.addAllAttributes(passbook(clubId, personId, scope, locale));
        return PASSBOOK;
    }

    @GetMapping("/clubs/{clubId}/members/{personId}/passbook.pdf")
    @PreAuthorize(LoanController.READERS)
    ResponseEntity<byte[]> passbookPdf(@PathVariable UUID clubId, @PathVariable UUID personId, AreaScope scope,
                                       Locale locale) {
        Map<String, Object> model = passbook(clubId, personId, scope, locale);
        vn.ishc.members.Person person = (vn.ishc.members.Person) model.get("person");
        return PdfRenderer.attachment(renderer.pdf(PASSBOOK, model, locale),
                PdfRenderer.fileName("pdf", "so thanh vien", person.fullName(), model.get("today")));
    }

    /** A loan in the passbook: the loan and its payments, with the principal still owed after each. */
    record PassbookLoan(Loans.Loan loan, List<Payment> payments) {
    }

    private Map<String, Object> passbook(UUID clubId, UUID personId, AreaScope scope, Locale locale) {
        Club club = clubs.get(clubId, scope);
        LocalDate today = today();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("club", club);
        m.put("place", place(club, locale));
        m.put("person", members.person(personId, scope).person());
        List<Entry> paid = funds.entriesOfPerson(clubId, personId, scope);
        Map<UUID, Fund> byId = new LinkedHashMap<>();
        funds.of(clubId, scope).forEach(f -> byId.put(f.id(), f));
        m.put("paid", paid);
        m.put("feePeriods", fees.periodsOf(clubId, personId, scope));
        m.put("fundsById", byId);
        m.put("paidTotal", paid.stream().mapToLong(e -> e.of(Account.CASH)).sum());
        m.put("loans", loans.ofClub(clubId, scope).stream().filter(l -> l.personId().equals(personId))
                .map(l -> new PassbookLoan(l, l.disbursedOn() == null ? List.of() : payments(l, today, scope))).toList());
        m.put("today", today);
        return m;
    }

    @GetMapping("/clubs/{clubId}/funds/statement/print")
    String statement(@PathVariable UUID clubId, @RequestParam(required = false) UUID fund,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     AreaScope scope, Authentication reader, Model model, Locale locale) {
        model.addAllAttributes(statement(clubId, fund, from, to, scope, Readers.seePeople(reader), locale));
        return STATEMENT;
    }

    @GetMapping("/clubs/{clubId}/funds/statement.pdf")
    ResponseEntity<byte[]> statementPdf(@PathVariable UUID clubId, @RequestParam(required = false) UUID fund,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        AreaScope scope, Authentication reader, Locale locale) {
        Map<String, Object> model = statement(clubId, fund, from, to, scope, Readers.seePeople(reader), locale);
        Club club = (Club) model.get("club");
        AdminUnit commune = units.get(club.communeId(), AreaScope.nation());
        return PdfRenderer.attachment(renderer.pdf(OFFICIAL, Map.of("doc", new StatementDocument(messages, locale)
                        .of(model, commune)), locale),
                PdfRenderer.fileName("pdf", "sao ke quy", club.nationalId(), model.get("from"), model.get("to")));
    }

    /** One instalment of the schedule with the principal still owed once it is paid. */
    record ScheduleRow(int number, LocalDate dueOn, long principal, long interest, long total, long balance) {
    }

    /** A repayment (or the write-off) as the card shows it: its parts and what was still owed after it. */
    record Payment(LocalDate date, Entry.Kind kind, long paid, long penalty, long interest, long principal,
                   long balance) {
    }

    /** A fund's statement for the period, with the loans it had out at the period's end. */
    record Section(Fund fund, Funds.Statement statement, long loansOutstanding) {
    }

    private Map<String, Object> loanCard(UUID loanId, AreaScope scope, Locale locale) {
        Loans.Loan loan = loans.get(loanId, scope);
        Club club = clubs.get(loan.clubId(), scope);
        LocalDate today = today();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("club", club);
        m.put("place", place(club, locale));
        m.put("loan", loan);
        m.put("borrower", members.person(loan.personId(), scope).person());
        m.put("rules", loans.rulesOf(loanId, scope).orElse(null));
        List<LoanSchedule.Instalment> schedule = loans.schedule(loanId, scope);
        m.put("schedule", scheduleRows(loan.amount(), schedule));
        m.put("scheduleTotal", new ScheduleRow(0, null, schedule.stream().mapToLong(LoanSchedule.Instalment::principal).sum(),
                schedule.stream().mapToLong(LoanSchedule.Instalment::interest).sum(),
                schedule.stream().mapToLong(LoanSchedule.Instalment::total).sum(), 0));
        m.put("payments", loan.disbursedOn() == null ? List.of() : payments(loan, today, scope));
        Loans.Standing standing = loans.standing(loanId, today, scope);
        m.put("standing", standing);
        m.put("dueNow", standing.principalDue() + standing.interestDue());
        m.put("today", today);
        return m;
    }

    private static List<ScheduleRow> scheduleRows(long amount, List<LoanSchedule.Instalment> schedule) {
        List<ScheduleRow> rows = new ArrayList<>();
        long owed = amount;
        for (LoanSchedule.Instalment i : schedule) {
            owed -= i.principal();
            rows.add(new ScheduleRow(i.number(), i.dueOn(), i.principal(), i.interest(), i.total(), owed));
        }
        return rows;
    }

    /** The loan's repayments and write-off, read from its fund's ledger since the loan was paid out. */
    private List<Payment> payments(Loans.Loan loan, LocalDate today, AreaScope scope) {
        List<Payment> out = new ArrayList<>();
        long owed = loan.amount();
        List<Entry> ofLoan = funds.statement(loan.fundId(), loan.disbursedOn(), today, scope).entries().stream()
                .filter(e -> loan.id().equals(e.loanId())).toList();
        Map<UUID, Entry> byId = new LinkedHashMap<>();
        ofLoan.forEach(e -> byId.put(e.id(), e));
        for (Entry e : ofLoan) {
            if (e.kind() == Entry.Kind.REVERSAL) {
                // A repayment undone shows as its mirror, and the loan owes again what it had paid; a recovery
                // undone is left out with the recovery.
                Entry undone = byId.get(e.reversesId());
                if (undone == null || undone.kind() == Entry.Kind.RECOVERY) {
                    continue;
                }
                long principal = -e.of(Account.LOANS);
                owed -= principal;
                out.add(new Payment(e.date(), e.kind(), e.of(Account.CASH), -e.of(Account.PENALTIES),
                        -e.of(Account.INTEREST), principal, owed));
            } else if (e.kind() == Entry.Kind.REPAYMENT) {
                long principal = -e.of(Account.LOANS);
                owed -= principal;
                out.add(new Payment(e.date(), e.kind(), e.of(Account.CASH), -e.of(Account.PENALTIES),
                        -e.of(Account.INTEREST), principal, owed));
            } else if (e.kind() == Entry.Kind.WRITE_OFF) {
                long principal = e.of(Account.WRITE_OFFS);
                owed -= principal;
                out.add(new Payment(e.date(), e.kind(), 0, 0, 0, principal, owed));
            } else if (e.kind() == Entry.Kind.RECOVERY && e.reversedById() == null) {
                // Paid after the write-off: cash in, nothing owed any more.
                out.add(new Payment(e.date(), e.kind(), e.of(Account.CASH), 0, 0, 0, owed));
            }
        }
        return out;
    }

    private Map<String, Object> statement(UUID clubId, UUID fundId, LocalDate from, LocalDate to, AreaScope scope,
                                          boolean seesPeople, Locale locale) {
        Club club = clubs.get(clubId, scope);
        LocalDate today = today();
        // The same period as the funds page: the month so far unless one is chosen.
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        if (end.isBefore(start)) {
            throw new InvalidInputException("funds.period.invalid", "to", start, end);
        }
        List<Fund> all = funds.of(clubId, scope);
        List<Fund> shown = fundId == null ? all : all.stream().filter(f -> f.id().equals(fundId)).toList();
        if (shown.isEmpty()) {
            throw new NotFoundException("funds.notFound", fundId);
        }
        List<Section> sections = new ArrayList<>();
        for (Fund f : shown) {
            sections.add(new Section(f, funds.statement(f.id(), start, end, scope).forReader(seesPeople),
                    loansOn(f, end, today, scope)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("club", club);
        m.put("place", place(club, locale));
        m.put("sections", sections);
        m.put("fundId", fundId);
        m.put("from", start);
        m.put("to", end);
        m.put("today", today);
        return m;
    }

    /** What the fund had out in loans at the end of a day: today's loans less what moved them since. */
    private long loansOn(Fund fund, LocalDate day, LocalDate today, AreaScope scope) {
        if (!day.isBefore(today)) {
            return fund.loans();
        }
        Funds.Statement since = funds.statement(fund.id(), day.plusDays(1), today, scope);
        return fund.loans() - since.loansDisbursed() + since.principalRepaid() + since.writtenOff();
    }

    /** Where the club is: its village, commune and the units above, in the page's language. */
    private String place(Club club, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        AdminUnit commune = units.get(club.communeId(), AreaScope.nation());
        List<String> parts = new ArrayList<>();
        parts.add(villages.get(club.villageId(), AreaScope.nation()).name());
        parts.add(commune.label(english));
        List<AdminUnit> above = units.ancestors(commune, commune.dateWithin(today()));
        for (int i = above.size() - 1; i >= 0; i--) {
            parts.add(above.get(i).label(english));
        }
        return String.join(", ", parts);
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
