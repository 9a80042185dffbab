package vn.ishc.reporting;

import static vn.ishc.reporting.ClubFacts.within;
import static vn.ishc.reporting.Indicator.BORROWERS_ACTIVE;
import static vn.ishc.reporting.Indicator.CLUBS_BOTH_FUNDS;
import static vn.ishc.reporting.Indicator.EXTERNAL_LOANS_FACILITATED;
import static vn.ishc.reporting.Indicator.FUNDS_MOBILISED;
import static vn.ishc.reporting.Indicator.FUND_INCOME_BALANCE;
import static vn.ishc.reporting.Indicator.FUND_OPERATING_BALANCE;
import static vn.ishc.reporting.Indicator.INSTALMENTS_DUE;
import static vn.ishc.reporting.Indicator.LOANS_DISBURSED;
import static vn.ishc.reporting.Indicator.LOANS_DISBURSED_AMOUNT;
import static vn.ishc.reporting.Indicator.LOANS_OUTSTANDING;
import static vn.ishc.reporting.Indicator.LOANS_WRITTEN_OFF_AMOUNT;
import static vn.ishc.reporting.Indicator.MEMBERS_EVER_BORROWED;
import static vn.ishc.reporting.Indicator.PAR1;
import static vn.ishc.reporting.Indicator.PAR180;
import static vn.ishc.reporting.Indicator.PAR30;
import static vn.ishc.reporting.Indicator.PAR90;
import static vn.ishc.reporting.Indicator.REPAID_ON_TIME;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ishc.funds.Account;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.FundFacts;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.members.MembershipFacts;

/**
 * The club's funds and loans: balances, money mobilised, loans paid out, instalments due and repaid on time,
 * the principal owed by how late it is (the portfolio at risk), write-offs, borrowers, and loans from outside.
 */
final class FundFigures {

    private final ClubFacts f;
    private final ClubRecords r;
    // A loan's own lines, gathered once: each month asks every loan what was repaid by a day.
    private final Map<UUID, List<FundFacts.Line>> linesOfLoan = new HashMap<>();
    // The day each written-off loan was written off (a write-off is never reversed).
    private final Map<UUID, LocalDate> writtenOffOn = new HashMap<>();

    FundFigures(ClubFacts facts) {
        this.f = facts;
        this.r = facts.records();
        for (FundFacts.Line l : r.lines()) {
            if (l.loanId() != null) {
                linesOfLoan.computeIfAbsent(l.loanId(), k -> new ArrayList<>()).add(l);
                if (l.kind() == Entry.Kind.WRITE_OFF) {
                    writtenOffOn.merge(l.loanId(), l.date(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
    }

    /** The money moved from {@code s} to {@code e}: mobilised, written off, lent, falling due, and loans from outside. */
    void flows(YearMonth month, LocalDate s, LocalDate e) {
        r.outsideLoans().stream().filter(o -> within(o.obtainedOn(), s, e))
                .forEach(o -> f.add(month, EXTERNAL_LOANS_FACILITATED, "", 1));
        for (FundFacts.Line l : r.lines()) {
            if (!within(l.date(), s, e)) {
                continue;
            }
            if (l.account() == Account.CONTRIBUTIONS) {
                f.add(month, FUNDS_MOBILISED, "", -l.amount());
                f.add(month, FUNDS_MOBILISED, "SOURCE=" + (l.source() == null ? "OTHER" : l.source().name()), -l.amount());
            } else if (l.account() == Account.WRITE_OFFS) {
                f.add(month, LOANS_WRITTEN_OFF_AMOUNT, "", l.amount());
            }
        }
        Map<UUID, MembershipFacts.Enrolment> byPerson = new HashMap<>();
        for (FundFacts.Lent loan : r.loans()) {
            if (within(loan.disbursedOn(), s, e)) {
                f.add(month, LOANS_DISBURSED, "", 1);
                MembershipFacts.Enrolment en = f.enrolmentOn(loan.personId(), loan.disbursedOn(), byPerson);
                if (en != null) {
                    f.add(month, LOANS_DISBURSED, "SEX=" + en.sex(), 1);
                }
                f.add(month, LOANS_DISBURSED_AMOUNT, "", loan.amount());
            }
            instalments(month, s, e, loan);
        }
    }

    /**
     * Instalments falling due in the month under the schedule in force at its end (a rescheduling decided later
     * leaves the month as it was), and of those the ones paid in full by their day. A loan written off owes
     * nothing from that day, so its later instalments no longer fall due (as on the loan's page).
     */
    private void instalments(YearMonth month, LocalDate s, LocalDate e, FundFacts.Lent loan) {
        long principalNeeded = 0;
        long interestNeeded = 0;
        LocalDate writtenOff = writtenOffOn.get(loan.loanId());
        for (LoanSchedule.Instalment i : loan.scheduleOn(e)) {
            if (writtenOff != null && !i.dueOn().isBefore(writtenOff)) {
                break;
            }
            principalNeeded += i.principal();
            interestNeeded += i.interest();
            if (!within(i.dueOn(), s, e)) {
                continue;
            }
            f.add(month, INSTALMENTS_DUE, "", 1);
            if (repaid(loan.loanId(), Account.LOANS, i.dueOn()) >= principalNeeded
                    && repaid(loan.loanId(), Account.INTEREST, i.dueOn()) >= interestNeeded) {
                f.add(month, REPAID_ON_TIME, "", 1);
            }
        }
    }

    /** The funds' balances and their borrowers among the members, while the club is active. */
    void active(YearMonth month, LocalDate e, Set<UUID> memberIds) {
        long income = 0;
        long operating = 0;
        for (FundFacts.Line l : r.lines()) {
            if (l.date().isAfter(e)) {
                continue;
            }
            if (l.fund() == Fund.Kind.INCOME_GENERATION && (l.account() == Account.CASH || l.account() == Account.LOANS)) {
                income += l.amount();
            } else if (l.fund() == Fund.Kind.OPERATING && l.account() == Account.CASH) {
                operating += l.amount();
            }
        }
        f.add(month, FUND_INCOME_BALANCE, "", income);
        f.add(month, FUND_OPERATING_BALANCE, "", operating);
        f.add(month, CLUBS_BOTH_FUNDS, "", income > 0 && operating > 0 ? 1 : 0);
        Map<UUID, MembershipFacts.Enrolment> byPerson = new HashMap<>();
        Set<UUID> borrowers = new HashSet<>();
        Set<UUID> everBorrowed = new HashSet<>();
        for (FundFacts.Lent loan : r.loans()) {
            if (loan.disbursedOn().isAfter(e)) {
                continue;
            }
            everBorrowed.add(loan.personId());
            if (owed(loan, e) > 0) {
                borrowers.add(loan.personId());
            }
        }
        for (UUID p : borrowers) {
            MembershipFacts.Enrolment en = f.enrolmentOn(p, e, byPerson);
            if (en != null) {
                f.person(month, BORROWERS_ACTIVE, en, "", "SEX=" + en.sex(), "HH=" + en.household());
            }
        }
        for (UUID p : everBorrowed) {
            MembershipFacts.Enrolment en = memberIds.contains(p) ? f.enrolmentOn(p, e, byPerson) : null;
            if (en != null) {
                f.person(month, MEMBERS_EVER_BORROWED, en, "");
            }
        }
    }

    /**
     * The principal owed at the month's end, in all and by how late each loan is: counted while the club is
     * active and after it is dissolved alike, until the loans are repaid or written off.
     */
    void owed(YearMonth month, LocalDate e) {
        long outstanding = 0;
        for (FundFacts.Line l : r.lines()) {
            if (l.account() == Account.LOANS && !l.date().isAfter(e)) {
                outstanding += l.amount();
            }
        }
        f.add(month, LOANS_OUTSTANDING, "", outstanding);
        for (FundFacts.Lent loan : r.loans()) {
            long owed = loan.disbursedOn().isAfter(e) ? 0 : owed(loan, e);
            if (owed > 0) {
                atRisk(month, owed, daysOverdue(loan, e));
            }
        }
    }

    private long owed(FundFacts.Lent loan, LocalDate e) {
        return loan.amount() - repaid(loan.loanId(), Account.LOANS, e) - writtenOff(loan.loanId(), e);
    }

    /**
     * A loan's principal still owed, by how late its oldest unpaid instalment is (a written-off loan owes
     * none), and in the portfolio at risk over 1, 30, 90 and 180 days when it is later than that.
     */
    private void atRisk(YearMonth month, long owed, int days) {
        f.add(month, LOANS_OUTSTANDING, OverdueAge.ATTRIBUTE + "=" + OverdueAge.of(days).name(), owed);
        f.add(month, PAR1, "", days > 0 ? owed : 0);
        f.add(month, PAR30, "", days > 30 ? owed : 0);
        f.add(month, PAR90, "", days > 90 ? owed : 0);
        f.add(month, PAR180, "", days > 180 ? owed : 0);
    }

    /** How many days the oldest instalment unpaid on a day is late by then, under the schedule in force that day. */
    private int daysOverdue(FundFacts.Lent loan, LocalDate e) {
        long principalPaid = repaid(loan.loanId(), Account.LOANS, e);
        long interestPaid = repaid(loan.loanId(), Account.INTEREST, e);
        for (LoanSchedule.Instalment i : loan.scheduleOn(e)) {
            if (i.dueOn().isAfter(e)) {
                break;
            }
            long p = Math.min(principalPaid, i.principal());
            long in = Math.min(interestPaid, i.interest());
            principalPaid -= p;
            interestPaid -= in;
            if (p < i.principal() || in < i.interest()) {
                return (int) ChronoUnit.DAYS.between(i.dueOn(), e);
            }
        }
        return 0;
    }

    /** What the repayments (less their reversals) of a loan put into an account by a day, as a positive amount. */
    private long repaid(UUID loanId, Account account, LocalDate by) {
        long sum = 0;
        for (FundFacts.Line l : linesOfLoan.getOrDefault(loanId, List.of())) {
            if (l.account() == account && !l.date().isAfter(by)
                    && (l.kind() == Entry.Kind.REPAYMENT || l.kind() == Entry.Kind.REVERSAL)) {
                sum -= l.amount();
            }
        }
        return sum;
    }

    private long writtenOff(UUID loanId, LocalDate by) {
        long sum = 0;
        for (FundFacts.Line l : linesOfLoan.getOrDefault(loanId, List.of())) {
            if (l.account() == Account.WRITE_OFFS && !l.date().isAfter(by)) {
                sum += l.amount();
            }
        }
        return sum;
    }
}
