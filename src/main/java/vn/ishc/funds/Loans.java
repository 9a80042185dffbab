package vn.ishc.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.VietnameseText;

/**
 * A club's loan rules and loans from its income-generation fund: application, the board's decision
 * under the rules in force that day, disbursement (never more than the fund's cash), repayments
 * applied to the penalty, then interest due, then principal, and write-off. Money moves only through
 * the ledger; a loan's outstanding principal is always what was disbursed less what was repaid and
 * written off, read from its entries.
 */
@Service
@Transactional
public class Loans {

    private final JdbcClient jdbc;
    private final Funds funds;
    private final Clubs clubs;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final LoanInstalments instalments;
    private final LoanRecalculations recalculations;
    private final LoanProducts products;

    Loans(JdbcClient jdbc, Funds funds, Clubs clubs, Members members, ApplicationEventPublisher events,
          LoanInstalments instalments, LoanRecalculations recalculations, LoanProducts products) {
        this.products = products;
        this.jdbc = jdbc;
        this.funds = funds;
        this.clubs = clubs;
        this.members = members;
        this.events = events;
        this.instalments = instalments;
        this.recalculations = recalculations;
    }

    /**
     * A loan product's rules as the club's board approved them on a date: the interest rate as agreed (a month or a
     * year), how interest is counted and repaid, what a payment ahead of the schedule does to the later
     * instalments, and how the instalments are laid out (rounded to 1,000 đ, on the club's meeting day).
     * {@code productId} is the product they are for (none given: the club's only product).
     */
    public record Rules(UUID id, UUID clubId, LocalDate approvedOn, long maxAmount, int maxTermMonths,
                        InterestRate rate, LoanSchedule.Method method, LoanSchedule.Repayment repayment,
                        int graceMonths, BigDecimal penaltyRate, String eligibility,
                        LoanSchedule.Prepayment prepayment, UUID productId, LoanSchedule.Layout layout) {

        public Rules {
            layout = layout == null ? LoanSchedule.Layout.PLAIN : layout;
        }

        /** Rules for the club's only product, instalments to the đồng and k months after disbursement. */
        public Rules(UUID id, UUID clubId, LocalDate approvedOn, long maxAmount, int maxTermMonths, InterestRate rate,
                     LoanSchedule.Method method, LoanSchedule.Repayment repayment, int graceMonths, BigDecimal penaltyRate,
                     String eligibility, LoanSchedule.Prepayment prepayment) {
            this(id, clubId, approvedOn, maxAmount, maxTermMonths, rate, method, repayment, graceMonths, penaltyRate,
                    eligibility, prepayment, null, LoanSchedule.Layout.PLAIN);
        }

        /** Rules with a monthly rate under which a prepayment makes the later instalments smaller. */
        public Rules(UUID id, UUID clubId, LocalDate approvedOn, long maxAmount, int maxTermMonths, BigDecimal monthlyRate,
                     LoanSchedule.Method method, LoanSchedule.Repayment repayment, int graceMonths, BigDecimal penaltyRate,
                     String eligibility) {
            this(id, clubId, approvedOn, maxAmount, maxTermMonths, monthlyRate == null ? null : InterestRate.monthly(monthlyRate),
                    method, repayment, graceMonths, penaltyRate, eligibility, LoanSchedule.Prepayment.REDUCE_INSTALMENT);
        }

        public LoanSchedule.Terms terms() {
            return new LoanSchedule.Terms(rate, method, repayment,
                    prepayment == null ? LoanSchedule.Prepayment.REDUCE_INSTALMENT : prepayment, layout.roundToThousand());
        }
    }

    /**
     * A loan's later instalments worked out again on what it still owed, from a day: after a repayment
     * {@code entryId} paid principal ahead of its schedule (or after such a repayment was reversed). The
     * instalments from {@code firstNumber} on were replaced; {@code paidAhead} went into the first of them.
     */
    public record Recalculation(UUID id, UUID loanId, UUID entryId, LocalDate from, int firstNumber, long paidAhead,
                                long outstanding, LoanSchedule.Prepayment prepayment, Instant recordedAt) {
    }

    public enum Purpose { LIVESTOCK, CROPS, TRADE, CRAFT, OTHER }

    public enum Status { APPLIED, APPROVED, REFUSED, DISBURSED, CLOSED, WRITTEN_OFF }

    /** A status as its reader's language says it (the message "loanStatus.{status}"), for a message's argument. */
    static org.springframework.context.MessageSourceResolvable said(Status status) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable("loanStatus." + status.name());
    }

    /**
     * A loan with what its ledger says today: {@code recovered} is what was paid in after it was written off (less
     * what of that was reversed); {@code productId} the loan product it is under.
     */
    public record Loan(UUID id, UUID clubId, UUID fundId, UUID personId, String personName, long amount, Purpose purpose,
                       String purposeNote, int termMonths, LocalDate appliedOn, Status status, LocalDate decidedOn,
                       String decidedBy, UUID rulesId, LocalDate disbursedOn, LocalDate closedOn, long principalRepaid,
                       long interestPaid, long penaltiesPaid, long writtenOff, int version, UUID productId,
                       long recovered) {

        /** What of the amount written off may still be recovered. */
        public long recoverable() {
            return writtenOff - recovered;
        }

        public long outstanding() {
            return status == Status.DISBURSED || status == Status.CLOSED || status == Status.WRITTEN_OFF
                    ? amount - principalRepaid - writtenOff : 0;
        }
    }

    /** Where a loan stands on a day: what is due and unpaid, and for how long the oldest part has been. */
    public record Standing(long principalDue, long interestDue, long outstanding, int daysOverdue) {

        /** 0 not overdue; 1 for 1–30 days; 2 for 31–90; 3 for over 90. */
        public int bucket() {
            return daysOverdue <= 0 ? 0 : daysOverdue <= 30 ? 1 : daysOverdue <= 90 ? 2 : 3;
        }
    }

    /** A board's decision to spread what a loan still owes over a new term from a day. */
    public record Rescheduling(UUID id, UUID loanId, LocalDate decidedOn, int termMonths, int graceMonths,
                               int firstNumber, long outstanding, long interestArrears, String reason, String decidedBy,
                               Instant recordedAt) {
    }

    /**
     * Records loan rules the board approved: for the product they name, or for the club's only product (its first,
     * made now when it has none). See {@link LoanProducts#approve}.
     */
    public Rules approveRules(UUID clubId, Rules r, String actor, AreaScope scope) {
        return products.approve(clubId, r, actor, scope);
    }

    /**
     * The rules in force on a day of the club's first product (its only one, for most clubs): the latest approved on
     * or before it. The rules of each product are in {@link LoanProducts#ofClub}.
     */
    @Transactional(readOnly = true)
    public Optional<Rules> rulesOn(UUID clubId, LocalDate day, AreaScope scope) {
        clubs.get(clubId, scope);
        return products.first(clubId).flatMap(p -> products.rulesOn(p, day));
    }

    /** The rules a loan was approved under, if it was. */
    @Transactional(readOnly = true)
    public Optional<Rules> rulesOf(UUID loanId, AreaScope scope) {
        Loan loan = get(loanId, scope);
        return loan.rulesId() == null ? Optional.empty() : Optional.of(rules(loan.rulesId()));
    }

    /**
     * A member's application for a loan under one of the club's products ({@code productId}; none: the club's only
     * product).
     */
    public record Application(UUID productId, UUID personId, long amount, Purpose purpose, String purposeNote,
                              int termMonths, LocalDate appliedOn) {
    }

    /** A member applies for a loan from the club's income-generation fund, under the club's only loan product. */
    public Loan apply(UUID clubId, UUID personId, long amount, Purpose purpose, String purposeNote, int termMonths,
                      LocalDate appliedOn, String actor, AreaScope scope) {
        return apply(clubId, new Application(null, personId, amount, purpose, purposeNote, termMonths, appliedOn), actor,
                scope);
    }

    /**
     * A member applies for a loan under one of the club's products, open on the day applied. An application naming
     * its product is checked against that product's limits in force that day (amount, term); the board's decision
     * checks them again under the rules in force on its day, as it does for an application naming none.
     */
    public Loan apply(UUID clubId, Application a, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        UUID personId = a.personId();
        long amount = a.amount();
        Purpose purpose = a.purpose();
        int termMonths = a.termMonths();
        LocalDate appliedOn = a.appliedOn();
        if (personId == null) {
            throw missing("personId");
        }
        if (purpose == null) {
            throw missing("purpose");
        }
        LocalDate day = appliedOn == null ? funds.today() : appliedOn;
        if (day.isAfter(funds.today()) || day.isBefore(club.foundedOn())) {
            throw new InvalidInputException("funds.date.future", "appliedOn", day);
        }
        Person p = members.person(personId, scope).person();
        if (!members.isMember(clubId, personId, day)) {
            throw new InvalidInputException("loans.notMember", "personId", p.fullName(), day);
        }
        if (amount <= 0 || amount > Funds.MAX_DONG) {
            throw new InvalidInputException("funds.amount.invalid", "amount", amount);
        }
        if (termMonths < 1 || termMonths > 120) {
            throw new InvalidInputException("loans.rules.term", "termMonths", termMonths);
        }
        LoanProducts.Product product = products.productFor(clubId, a.productId(), day, actor, scope);
        if (a.productId() != null) {
            Rules rules = products.rulesOn(product.id(), day)
                    .orElseThrow(() -> new InvalidInputException("loans.noRules", "appliedOn", day));
            withinLimits(amount, termMonths, rules);
        }
        Fund fund = funds.fund(clubId, Fund.Kind.INCOME_GENERATION, scope);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into loan (id, club_id, fund_id, person_id, person_name, amount, purpose, purpose_note, term_months,
                                  applied_on, status, product_id, created_by)
                values (:id, :c, :f, :p, :name, :amount, :purpose, :note, :term, :on, 'APPLIED', :product, :actor)""")
                .param("id", id).param("c", clubId).param("f", fund.id()).param("p", personId).param("name", p.fullName())
                .param("amount", amount).param("purpose", purpose.name())
                .param("note", VietnameseText.clean(a.purposeNote())).param("term", termMonths).param("on", day)
                .param("product", product.id()).param("actor", actor).update();
        Loan loan = get(id, scope);
        publish(loan, "loan.applied", day, actor, Map.of("amount", amount, "termMonths", termMonths));
        return loan;
    }

    /** The board approves (under the rules in force that day, within their limits) or refuses a loan. */
    public Loan decide(UUID loanId, boolean approve, LocalDate decidedOn, String note, String actor, AreaScope scope) {
        Loan loan = locked(loanId, scope);
        if (loan.status() != Status.APPLIED) {
            throw new InvalidInputException("loans.statusInvalid", "status", said(loan.status()));
        }
        if (decidedOn == null || decidedOn.isBefore(loan.appliedOn()) || decidedOn.isAfter(funds.today())) {
            throw new InvalidInputException("loans.decidedOnInvalid", "decidedOn", decidedOn, loan.appliedOn());
        }
        UUID rulesId = null;
        if (approve) {
            LoanProducts.Product product = products.get(loan.productId(), decidedOn, scope);
            if (!product.openOn(decidedOn)) {
                throw new InvalidInputException("loans.product.withdrawn", "productId", product.withdrawnOn());
            }
            Rules rules = products.rulesOn(loan.productId(), decidedOn)
                    .orElseThrow(() -> new InvalidInputException("loans.noRules", "decidedOn", decidedOn));
            withinLimits(loan.amount(), loan.termMonths(), rules);
            rulesId = rules.id();
        }
        jdbc.sql("update loan set status = :s, decided_on = :d, decided_by = :actor, decision_note = :note, rules_id = :r, "
                        + "version = version + 1 where id = :id")
                .param("s", approve ? Status.APPROVED.name() : Status.REFUSED.name()).param("d", decidedOn)
                .param("actor", actor).param("note", VietnameseText.clean(note)).param("r", rulesId)
                .param("id", loanId).update();
        Loan decided = get(loanId, scope);
        publish(decided, approve ? "loan.approved" : "loan.refused", decidedOn, actor, Map.of());
        return decided;
    }

    private static void withinLimits(long amount, int termMonths, Rules rules) {
        if (amount > rules.maxAmount()) {
            throw new InvalidInputException("loans.overMax", "amount", amount, rules.maxAmount());
        }
        if (termMonths > rules.maxTermMonths() || termMonths <= rules.graceMonths()) {
            throw new InvalidInputException("loans.termOverMax", "termMonths", termMonths, rules.maxTermMonths());
        }
    }

    /** Pays an approved loan out of the fund and fixes its schedule; sent twice with the same key, once. */
    public Loan disburse(UUID loanId, LocalDate on, String idempotencyKey, String actor, AreaScope scope) {
        Loan loan = locked(loanId, scope);
        RequestKey key = RequestKey.of(idempotencyKey, Entry.Kind.DISBURSEMENT, loanId, loanId, on);
        if (funds.replayed(loan.clubId(), key).isPresent()) {
            return loan;
        }
        if (loan.status() != Status.APPROVED) {
            throw new InvalidInputException("loans.statusInvalid", "status", said(loan.status()));
        }
        LocalDate day = on == null ? funds.today() : on;
        if (day.isBefore(loan.decidedOn())) {
            throw new InvalidInputException("loans.disbursedOnInvalid", "disbursedOn", day, loan.decidedOn());
        }
        Rules rules = rules(loan.rulesId());
        funds.post(loan.clubId(), loan.id(), Entry.Kind.DISBURSEMENT, day, null, null, loan.personName(), null,
                key, List.of(new Entry.Line(loan.fundId(), Account.LOANS, loan.amount()),
                        new Entry.Line(loan.fundId(), Account.CASH, -loan.amount())), actor, scope);
        instalments.add(loanId, LoanSchedule.of(loan.amount(), loan.termMonths(), rules.graceMonths(), rules.terms(), day,
                recalculations.dueDates(loan, rules)));
        jdbc.sql("update loan set status = 'DISBURSED', disbursed_on = :d, version = version + 1 where id = :id")
                .param("d", day).param("id", loanId).update();
        Loan paid = get(loanId, scope);
        publish(paid, "loan.disbursed", day, actor, Map.of("amount", paid.amount()));
        return paid;
    }

    /**
     * Records a repayment: first the penalty charged (if any), then the interest due by that day, then
     * principal (paying early is allowed, paying more than is owed is not). The loan closes when nothing
     * is owed. The loan is locked while this runs, so two people recording at once are kept in order.
     */
    public Entry repay(UUID loanId, LocalDate on, long amount, long penalty, String idempotencyKey, String actor,
                       AreaScope scope) {
        Loan loan = locked(loanId, scope);
        if (loan.status() == Status.WRITTEN_OFF) {
            // Money paid on a written-off loan is a recovery: no penalty is charged on what the club gave up.
            if (penalty != 0) {
                throw new InvalidInputException("loans.recovery.noPenalty", "penalty", penalty);
            }
            return recover(loanId, on, amount, idempotencyKey, actor, scope);
        }
        RequestKey key = RequestKey.of(idempotencyKey, Entry.Kind.REPAYMENT, loanId, loanId, on, amount, penalty);
        Optional<Entry> earlier = funds.replayed(loan.clubId(), key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (loan.status() != Status.DISBURSED) {
            throw new InvalidInputException("loans.statusInvalid", "status", said(loan.status()));
        }
        LocalDate day = on == null ? funds.today() : on;
        if (day.isBefore(loan.disbursedOn())) {
            throw new InvalidInputException("loans.repaidBeforeDisbursement", "date", day, loan.disbursedOn());
        }
        if (amount <= 0 || amount > Funds.MAX_DONG) {
            throw new InvalidInputException("funds.amount.invalid", "amount", amount);
        }
        if (penalty < 0 || penalty > amount) {
            throw new InvalidInputException("loans.penaltyInvalid", "penalty", penalty, amount);
        }
        Standing standing = standing(loan, day);
        long interest = Math.min(amount - penalty, standing.interestDue());
        long principal = amount - penalty - interest;
        if (principal > loan.outstanding()) {
            throw new InvalidInputException("loans.overpaid", "amount", amount,
                    penalty + standing.interestDue() + loan.outstanding());
        }
        List<Entry.Line> lines = new ArrayList<>();
        lines.add(new Entry.Line(loan.fundId(), Account.CASH, amount));
        if (penalty > 0) {
            lines.add(new Entry.Line(loan.fundId(), Account.PENALTIES, -penalty));
        }
        if (interest > 0) {
            lines.add(new Entry.Line(loan.fundId(), Account.INTEREST, -interest));
        }
        if (principal > 0) {
            lines.add(new Entry.Line(loan.fundId(), Account.LOANS, -principal));
        }
        Entry entry = funds.post(loan.clubId(), loan.id(), Entry.Kind.REPAYMENT, day, null, null, loan.personName(), null,
                key, lines, actor, scope);
        Loan after = get(loanId, scope);
        if (principal > 0) {
            recalculations.afterRepayment(after, rules(after.rulesId()), entry.id(), day, actor)
                    .ifPresent(r -> publish(after, "loan.recalculated", day, actor, Map.of("entry", entry.id().toString(),
                            "paidAhead", r.paidAhead(), "outstanding", r.outstanding(), "firstNumber", r.firstNumber(),
                            "prepayment", r.prepayment().name())));
        }
        if (after.outstanding() == 0 && standing(after, day).interestDue() == 0) {
            jdbc.sql("update loan set status = 'CLOSED', closed_on = :d, version = version + 1 where id = :id")
                    .param("d", day).param("id", loanId).update();
            publish(after, "loan.closed", day, actor, Map.of());
        }
        return entry;
    }

    /**
     * Records money paid on a written-off loan as a recovery: cash in, credited to recoveries (an income of the fund),
     * never more than was written off less what was recovered before. The write-off stays as the board decided it.
     * Sent twice with the same key, recorded once.
     */
    public Entry recover(UUID loanId, LocalDate on, long amount, String idempotencyKey, String actor, AreaScope scope) {
        Loan loan = locked(loanId, scope);
        RequestKey key = RequestKey.of(idempotencyKey, Entry.Kind.RECOVERY, loanId, loanId, on, amount);
        Optional<Entry> earlier = funds.replayed(loan.clubId(), key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (loan.status() != Status.WRITTEN_OFF) {
            throw new InvalidInputException("loans.statusInvalid", "status", said(loan.status()));
        }
        LocalDate day = on == null ? funds.today() : on;
        if (day.isBefore(loan.closedOn())) {
            throw new InvalidInputException("loans.recovery.beforeWriteOff", "date", day, loan.closedOn());
        }
        if (amount <= 0 || amount > Funds.MAX_DONG) {
            throw new InvalidInputException("funds.amount.invalid", "amount", amount);
        }
        if (amount > loan.recoverable()) {
            throw new InvalidInputException("loans.recovery.overWrittenOff", "amount", amount, loan.recoverable());
        }
        Entry entry = funds.post(loan.clubId(), loan.id(), Entry.Kind.RECOVERY, day, null, null, loan.personName(), null,
                key, List.of(new Entry.Line(loan.fundId(), Account.CASH, amount),
                        new Entry.Line(loan.fundId(), Account.RECOVERIES, -amount)), actor, scope);
        publish(get(loanId, scope), "loan.recovered", day, actor, Map.of("amount", amount, "entry", entry.id().toString()));
        return entry;
    }

    /** The board writes off what is still owed; the fund's loans go down, its cash does not move. */
    public Loan writeOff(UUID loanId, LocalDate on, String reason, String actor, AreaScope scope) {
        Loan loan = locked(loanId, scope);
        if (loan.status() != Status.DISBURSED) {
            throw new InvalidInputException("loans.statusInvalid", "status", said(loan.status()));
        }
        String why = VietnameseText.clean(reason);
        if (why == null || why.isBlank()) {
            throw missing("reason");
        }
        LocalDate day = on == null ? funds.today() : on;
        if (loan.outstanding() == 0) {
            // Interest enters the books only when it is paid, so the ledger holds no interest owed to write off.
            throw new InvalidInputException("loans.writeOff.principalRepaid", null, standing(loan, day).interestDue());
        }
        funds.post(loan.clubId(), loan.id(), Entry.Kind.WRITE_OFF, day, null, null, why, null, null,
                List.of(new Entry.Line(loan.fundId(), Account.WRITE_OFFS, loan.outstanding()),
                        new Entry.Line(loan.fundId(), Account.LOANS, -loan.outstanding())), actor, scope);
        jdbc.sql("update loan set status = 'WRITTEN_OFF', closed_on = :d, version = version + 1 where id = :id")
                .param("d", day).param("id", loanId).update();
        Loan written = get(loanId, scope);
        publish(written, "loan.written_off", day, actor, Map.of("amount", loan.outstanding(), "reason", why));
        return written;
    }

    /**
     * The board reschedules a loan on a day: the instalments already paid in full stay, what is still
     * owed (with any interest due and unpaid) is spread over a new term from that day under the rules
     * the loan was approved under. The schedule replaced is kept with the decision.
     */
    public Loan reschedule(UUID loanId, LocalDate decidedOn, int termMonths, int graceMonths, String reason, String actor,
                           AreaScope scope) {
        Loan loan = locked(loanId, scope);
        if (loan.status() != Status.DISBURSED) {
            throw new InvalidInputException("loans.statusInvalid", "status", said(loan.status()));
        }
        if (decidedOn == null || decidedOn.isBefore(loan.disbursedOn()) || decidedOn.isAfter(funds.today())) {
            throw new InvalidInputException("loans.rescheduledOnInvalid", "decidedOn", decidedOn, loan.disbursedOn());
        }
        if (termMonths < 1 || termMonths > 120) {
            throw new InvalidInputException("loans.rules.term", "termMonths", termMonths);
        }
        if (graceMonths < 0 || graceMonths >= termMonths) {
            throw new InvalidInputException("loans.rules.graceInvalid", "graceMonths", graceMonths);
        }
        String why = VietnameseText.clean(reason);
        if (why == null || why.isBlank()) {
            throw missing("reason");
        }
        Rules rules = rules(loan.rulesId());
        List<LoanSchedule.Instalment> old = instalments(loanId);
        long arrears = LoanSchedule.interestArrears(old, loan.interestPaid(), decidedOn);
        if (loan.outstanding() == 0) {
            throw new InvalidInputException("loans.reschedule.principalRepaid", null, arrears);
        }
        List<LoanSchedule.Instalment> next = LoanSchedule.rescheduled(old,
                new LoanSchedule.Paid(loan.amount(), loan.principalRepaid(), loan.interestPaid()), decidedOn, termMonths,
                graceMonths, rules.terms(), recalculations.dueDates(loan, rules));
        int firstNumber = next.size() - termMonths + 1;
        jdbc.sql("""
                insert into loan_reschedule (id, loan_id, decided_on, term_months, grace_months, first_number, outstanding,
                                             interest_arrears, reason, previous_schedule, decided_by)
                values (:id, :l, :d, :term, :grace, :first, :owed, :arrears, :why, cast(:old as jsonb), :actor)""")
                .param("id", UUID.randomUUID()).param("l", loanId).param("d", decidedOn).param("term", termMonths)
                .param("grace", graceMonths).param("first", firstNumber).param("owed", loan.outstanding())
                .param("arrears", arrears).param("why", why).param("old", LoanInstalments.json(old)).param("actor", actor)
                .update();
        instalments.replaceFrom(loanId, firstNumber, next);
        jdbc.sql("update loan set version = version + 1 where id = :id").param("id", loanId).update();
        Loan after = get(loanId, scope);
        publish(after, "loan.rescheduled", decidedOn, actor, Map.of("termMonths", termMonths, "graceMonths", graceMonths,
                "outstanding", loan.outstanding(), "interestArrears", arrears, "reason", why));
        return after;
    }

    /**
     * Undoes a repayment recorded by mistake with its mirror image, dated in an open month; the loan
     * owes again what it paid, and a loan that the repayment had closed is open again.
     */
    public Entry reverseRepayment(UUID loanId, UUID entryId, LocalDate on, String reason, String idempotencyKey,
                                  String actor, AreaScope scope) {
        Loan loan = locked(loanId, scope);
        Entry original = funds.entry(entryId, scope);
        String why = VietnameseText.clean(reason);
        RequestKey key = RequestKey.of(idempotencyKey, Entry.Kind.REVERSAL, loanId, loanId, entryId, on, why);
        Optional<Entry> replayed = funds.replayed(loan.clubId(), key);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        if (!loanId.equals(original.loanId())
                || original.kind() != Entry.Kind.REPAYMENT && original.kind() != Entry.Kind.RECOVERY) {
            throw new InvalidInputException("loans.reversal.notRepayment", "entryId");
        }
        if (original.reversedById() != null) {
            throw new InvalidInputException("funds.reversal.already", "entryId", funds.entry(original.reversedById(), scope).date());
        }
        if (why == null || why.isBlank()) {
            throw missing("reason");
        }
        LocalDate day = on == null ? funds.today() : on;
        if (day.isBefore(original.date())) {
            throw new InvalidInputException("funds.reversal.beforeOriginal", "date", day, original.date());
        }
        Entry reversal = funds.mirror(original, day, why, key, actor, scope);
        Loan after = get(loanId, scope);
        if (after.status() != Status.WRITTEN_OFF) {
            recalculations.afterReversal(after, rules(after.rulesId()), entryId, reversal.id(), actor)
                    .ifPresent(r -> publish(after, "loan.recalculated", day, actor, Map.of("entry",
                            reversal.id().toString(), "paidAhead", r.paidAhead(), "outstanding", r.outstanding(),
                            "firstNumber", r.firstNumber(), "prepayment", r.prepayment().name())));
        }
        // A loan the repayment had closed owes again, unless what was taken back was a penalty alone.
        if (after.status() == Status.CLOSED && (after.outstanding() > 0 || standing(after, day).interestDue() > 0)) {
            jdbc.sql("update loan set status = 'DISBURSED', closed_on = null, version = version + 1 where id = :id")
                    .param("id", loanId).update();
        }
        publish(get(loanId, scope), original.kind() == Entry.Kind.RECOVERY ? "loan.recovery_reversed"
                : "loan.repayment_reversed", day, actor, Map.of("entry", entryId.toString(),
                "reason", why));
        return reversal;
    }

    /** A loan's ledger entries (disbursement, repayments, their reversals, write-off), by date. */
    @Transactional(readOnly = true)
    public List<Entry> entries(UUID loanId, AreaScope scope) {
        get(loanId, scope);
        return funds.entriesOfLoan(loanId);
    }

    /** The board's reschedulings of a loan, oldest first. */
    @Transactional(readOnly = true)
    public List<Rescheduling> reschedulings(UUID loanId, AreaScope scope) {
        get(loanId, scope);
        return jdbc.sql("select * from loan_reschedule where loan_id = :l order by recorded_at").param("l", loanId)
                .query((rs, n) -> new Rescheduling(rs.getObject("id", UUID.class), loanId,
                        rs.getObject("decided_on", LocalDate.class), rs.getInt("term_months"), rs.getInt("grace_months"),
                        rs.getInt("first_number"), rs.getLong("outstanding"), rs.getLong("interest_arrears"),
                        rs.getString("reason"), rs.getString("decided_by"),
                        rs.getTimestamp("recorded_at").toInstant())).list();
    }

    /** The times a loan's later instalments were worked out again after principal was paid ahead, oldest first. */
    @Transactional(readOnly = true)
    public List<Recalculation> recalculations(UUID loanId, AreaScope scope) {
        get(loanId, scope);
        return recalculations.of(loanId);
    }

    /**
     * The late penalty the rules in force for a loan ask on a day: the rules' monthly penalty rate on
     * what is due and unpaid, for each month or part of one since the oldest unpaid instalment fell due.
     * The finance member may change it before recording; nothing is charged without a repayment.
     */
    @Transactional(readOnly = true)
    public long suggestedPenalty(UUID loanId, LocalDate day, AreaScope scope) {
        Loan loan = get(loanId, scope);
        Standing standing = standing(loan, day);
        if (loan.rulesId() == null || standing.daysOverdue() <= 0) {
            return 0;
        }
        BigDecimal rate = rules(loan.rulesId()).penaltyRate();
        int months = (standing.daysOverdue() + 29) / 30;
        return BigDecimal.valueOf(standing.principalDue() + standing.interestDue()).multiply(rate)
                .multiply(BigDecimal.valueOf(months)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    @Transactional(readOnly = true)
    public Loan get(UUID loanId, AreaScope scope) {
        Loan loan = jdbc.sql(SELECT + " where l.id = :id").param("id", loanId).query(LOAN).optional()
                .orElseThrow(() -> new NotFoundException("loans.notFound", loanId));
        clubs.get(loan.clubId(), scope);
        return loan;
    }

    @Transactional(readOnly = true)
    public List<Loan> ofClub(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql(SELECT + " where l.club_id = :c order by l.applied_on desc").param("c", clubId).query(LOAN).list();
    }

    /**
     * The club's loan book on a day: every loan with where it stands, what is outstanding, how much of
     * it is in loans more than 30 days overdue (portfolio at risk), the loans with something falling due
     * by the month's end and those already overdue, for the finance member.
     */
    public record Book(List<Held> loans, long outstanding, long atRisk30, List<Loan> dueThisMonth, List<Loan> overdue,
                       List<Due> toCollect) {

        /** Portfolio at risk over 30 days, in whole per cent (0 without loans out). */
        public int parPercent() {
            return outstanding == 0 ? 0 : (int) Math.round(100.0 * atRisk30 / outstanding);
        }
    }

    /** A loan to collect from this month: what falls due by the month's end and is unpaid, and how late the oldest part is. */
    public record Due(Loan loan, long amount, int daysOverdue) {
    }

    /** A loan of the book with where it stands on the book's day. */
    public record Held(Loan loan, Standing standing) {
    }

    @Transactional(readOnly = true)
    public Book book(UUID clubId, LocalDate day, AreaScope scope) {
        List<Loan> all = ofClub(clubId, scope);
        // The schedules of all the club's loans in one query, for the standing of each on two days.
        Map<UUID, List<LoanSchedule.Instalment>> schedules = new HashMap<>();
        jdbc.sql("select i.* from loan_instalment i join loan l on l.id = i.loan_id where l.club_id = :c "
                        + "order by i.loan_id, i.number").param("c", clubId)
                .query((rs, n) -> schedules.computeIfAbsent(rs.getObject("loan_id", UUID.class), k -> new ArrayList<>())
                        .add(LoanInstalments.instalment(rs))).list();
        long outstanding = 0;
        long atRisk = 0;
        List<Held> held = new ArrayList<>();
        List<Loan> due = new ArrayList<>();
        List<Loan> overdue = new ArrayList<>();
        List<Due> collect = new ArrayList<>();
        LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
        for (Loan loan : all) {
            List<LoanSchedule.Instalment> schedule = schedules.getOrDefault(loan.id(), List.of());
            Standing now = standing(loan, schedule, day);
            held.add(new Held(loan, now));
            if (loan.status() != Status.DISBURSED) {
                continue;
            }
            outstanding += loan.outstanding();
            if (now.daysOverdue() > 30) {
                atRisk += loan.outstanding();
            }
            if (now.daysOverdue() > 0) {
                overdue.add(loan);
            }
            Standing end = standing(loan, schedule, monthEnd);
            if (end.principalDue() + end.interestDue() > 0) {
                due.add(loan);
                collect.add(new Due(loan, end.principalDue() + end.interestDue(), now.daysOverdue()));
            }
        }
        // The latest first: those are the visits the finance member makes first.
        collect.sort(java.util.Comparator.comparingInt(Due::daysOverdue).reversed()
                .thenComparing(d -> d.loan().personName()));
        return new Book(held, outstanding, atRisk, due, overdue, collect);
    }

    @Transactional(readOnly = true)
    public List<LoanSchedule.Instalment> schedule(UUID loanId, AreaScope scope) {
        get(loanId, scope);
        return instalments(loanId);
    }

    /** Where the loan stands on a day. */
    @Transactional(readOnly = true)
    public Standing standing(UUID loanId, LocalDate day, AreaScope scope) {
        return standing(get(loanId, scope), day);
    }

    private Standing standing(Loan loan, LocalDate day) {
        return standing(loan, loan.status() == Status.DISBURSED || loan.status() == Status.CLOSED
                ? instalments(loan.id()) : List.of(), day);
    }

    /** Where a loan stands on a day: its repayments set against its instalments in order. */
    private static Standing standing(Loan loan, List<LoanSchedule.Instalment> due, LocalDate day) {
        if (loan.status() != Status.DISBURSED && loan.status() != Status.CLOSED) {
            return new Standing(0, 0, loan.outstanding(), 0);
        }
        long principalPaid = loan.principalRepaid();
        long interestPaid = loan.interestPaid();
        long principalDue = 0;
        long interestDue = 0;
        LocalDate oldestUnpaid = null;
        for (LoanSchedule.Instalment i : due) {
            if (i.dueOn().isAfter(day)) {
                break;
            }
            long p = Math.min(principalPaid, i.principal());
            long in = Math.min(interestPaid, i.interest());
            principalPaid -= p;
            interestPaid -= in;
            principalDue += i.principal() - p;
            interestDue += i.interest() - in;
            if (oldestUnpaid == null && (p < i.principal() || in < i.interest())) {
                oldestUnpaid = i.dueOn();
            }
        }
        int days = oldestUnpaid == null ? 0 : (int) ChronoUnit.DAYS.between(oldestUnpaid, day);
        return new Standing(principalDue, interestDue, loan.outstanding(), days);
    }

    private List<LoanSchedule.Instalment> instalments(UUID loanId) {
        return instalments.of(loanId);
    }

    private void publish(Loan loan, String action, LocalDate date, String actor, Map<String, Object> detail) {
        Club club = clubs.get(loan.clubId(), AreaScope.nation());
        events.publishEvent(new LoanChanged(loan.id(), loan.clubId(), loan.personId(), club.communeId(), club.areaPaths(),
                action, date, actor, detail));
    }

    private Loan locked(UUID loanId, AreaScope scope) {
        jdbc.sql("select id from loan where id = :id for update").param("id", loanId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("loans.notFound", loanId));
        return get(loanId, scope);
    }

    private Rules rules(UUID id) {
        return products.rules(id);
    }

    private static InvalidInputException missing(String field) {
        return InvalidInputException.missing("funds.field.missing", field);
    }

    private static final String SELECT = """
            select l.*,
              coalesce((select -sum(x.amount) from ledger_line x join ledger_entry e on e.id = x.entry_id
                        where e.loan_id = l.id and e.kind in ('REPAYMENT', 'REVERSAL') and x.account = 'LOANS'), 0)
                as principal_repaid,
              coalesce((select -sum(x.amount) from ledger_line x join ledger_entry e on e.id = x.entry_id
                        where e.loan_id = l.id and x.account = 'INTEREST'), 0) as interest_paid,
              coalesce((select -sum(x.amount) from ledger_line x join ledger_entry e on e.id = x.entry_id
                        where e.loan_id = l.id and x.account = 'PENALTIES'), 0) as penalties_paid,
              coalesce((select sum(x.amount) from ledger_line x join ledger_entry e on e.id = x.entry_id
                        where e.loan_id = l.id and x.account = 'WRITE_OFFS'), 0) as written_off,
              coalesce((select -sum(x.amount) from ledger_line x join ledger_entry e on e.id = x.entry_id
                        where e.loan_id = l.id and x.account = 'RECOVERIES'), 0) as recovered
            from loan l""";

    private static final RowMapper<Loan> LOAN = (rs, n) -> new Loan(rs.getObject("id", UUID.class),
            rs.getObject("club_id", UUID.class), rs.getObject("fund_id", UUID.class), rs.getObject("person_id", UUID.class),
            rs.getString("person_name"), rs.getLong("amount"), Purpose.valueOf(rs.getString("purpose")),
            rs.getString("purpose_note"), rs.getInt("term_months"), rs.getObject("applied_on", LocalDate.class),
            Status.valueOf(rs.getString("status")), rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
            rs.getObject("rules_id", UUID.class), rs.getObject("disbursed_on", LocalDate.class),
            rs.getObject("closed_on", LocalDate.class), rs.getLong("principal_repaid"), rs.getLong("interest_paid"),
            rs.getLong("penalties_paid"), rs.getLong("written_off"), rs.getInt("version"),
            rs.getObject("product_id", UUID.class), rs.getLong("recovered"));
}
