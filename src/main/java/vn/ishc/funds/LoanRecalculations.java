package vn.ishc.funds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;

/**
 * A loan's later instalments worked out again when principal is paid ahead of its schedule, and again
 * when that payment is reversed. The schedule replaced is kept with the payment (or reversal) that
 * replaced it, as a rescheduling keeps it with the board's decision; instalments whose month began
 * before the payment are never changed.
 */
@Component
class LoanRecalculations {

    private final JdbcClient jdbc;
    private final LoanInstalments instalments;
    private final Clubs clubs;

    LoanRecalculations(JdbcClient jdbc, LoanInstalments instalments, Clubs clubs) {
        this.jdbc = jdbc;
        this.instalments = instalments;
        this.clubs = clubs;
    }

    /**
     * When a loan's instalments fall due under its rules: k months after its plan runs from, or on the club's meeting
     * day as it is now (a meeting day changed later moves the instalments worked out after the change).
     */
    LoanSchedule.DueDates dueDates(Loans.Loan loan, Loans.Rules rules) {
        if (rules.layout().dueDay() != LoanSchedule.DueDay.MEETING_DAY) {
            return LoanSchedule.DueDates.MONTHS_AFTER;
        }
        return LoanSchedule.DueDates.meetingDay(clubs.get(loan.clubId(), AreaScope.nation()).meetingDay());
    }

    /**
     * After a repayment on a day: when the loan has now paid principal ahead of the instalments whose month
     * has begun, the later ones are worked out again on what it still owes.
     */
    Optional<Loans.Recalculation> afterRepayment(Loans.Loan loan, Loans.Rules rules, UUID entryId, LocalDate day,
                                                 String actor) {
        LoanSchedule.Plan plan = plan(loan, rules);
        List<LoanSchedule.Instalment> old = instalments.of(loan.id());
        if (LoanSchedule.paidAhead(old, loan.principalRepaid(), day, plan) == 0) {
            return Optional.empty();
        }
        return save(loan, rules, plan, old, entryId, day, actor);
    }

    /**
     * After a repayment is reversed: when that repayment had paid ahead and the board has not rescheduled the
     * loan since, the instalments it changed are worked out again from its day on what the loan owes without it.
     */
    Optional<Loans.Recalculation> afterReversal(Loans.Loan loan, Loans.Rules rules, UUID repaymentId, UUID reversalId,
                                                String actor) {
        Optional<LocalDate> from = jdbc.sql("""
                        select r.computed_from from loan_recalculation r
                        where r.entry_id = :e and not exists (select 1 from loan_reschedule s
                                                              where s.loan_id = r.loan_id and s.recorded_at > r.recorded_at)
                        order by r.seq desc limit 1""")
                .param("e", repaymentId).query(LocalDate.class).optional();
        if (from.isEmpty()) {
            return Optional.empty();
        }
        LoanSchedule.Plan plan = plan(loan, rules);
        return save(loan, rules, plan, instalments.of(loan.id()), reversalId, from.get(), actor);
    }

    List<Loans.Recalculation> of(UUID loanId) {
        return jdbc.sql("select * from loan_recalculation where loan_id = :l order by seq").param("l", loanId)
                .query((rs, n) -> new Loans.Recalculation(rs.getObject("id", UUID.class), loanId,
                        rs.getObject("entry_id", UUID.class), rs.getObject("computed_from", LocalDate.class),
                        rs.getInt("first_number"), rs.getLong("paid_ahead"), rs.getLong("outstanding"),
                        LoanSchedule.Prepayment.valueOf(rs.getString("prepayment")),
                        rs.getTimestamp("recorded_at").toInstant())).list();
    }

    /**
     * The plan the loan's instalments follow now: the board's latest rescheduling (from its day, over its
     * months, spreading what was owed then), or the loan's own from its disbursement.
     */
    LoanSchedule.Plan plan(Loans.Loan loan, Loans.Rules rules) {
        LoanSchedule.DueDates due = dueDates(loan, rules);
        return jdbc.sql("""
                        select decided_on, outstanding, term_months, grace_months, first_number from loan_reschedule
                        where loan_id = :l order by recorded_at desc limit 1""").param("l", loan.id())
                .query((rs, n) -> new LoanSchedule.Plan(rs.getObject("decided_on", LocalDate.class),
                        rs.getLong("outstanding"), rs.getInt("term_months"), rs.getInt("grace_months"),
                        rs.getInt("first_number"), due)).optional()
                .orElseGet(() -> new LoanSchedule.Plan(loan.disbursedOn(), loan.amount(), loan.termMonths(),
                        rules.graceMonths(), 1, due));
    }

    private Optional<Loans.Recalculation> save(Loans.Loan loan, Loans.Rules rules, LoanSchedule.Plan plan,
                                               List<LoanSchedule.Instalment> old, UUID entryId, LocalDate from,
                                               String actor) {
        List<LoanSchedule.Instalment> next = LoanSchedule.afterPrepayment(old, loan.amount(), loan.principalRepaid(),
                from, plan, rules.terms());
        int first = 1;
        while (first <= old.size() && first <= next.size() && old.get(first - 1).equals(next.get(first - 1))) {
            first++;
        }
        if (first > old.size() && first > next.size()) {
            return Optional.empty();
        }
        long ahead = LoanSchedule.paidAhead(old, loan.principalRepaid(), from, plan);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into loan_recalculation (id, loan_id, entry_id, computed_from, first_number, paid_ahead, outstanding,
                                                prepayment, previous_schedule, recorded_by)
                values (:id, :l, :e, :from, :first, :ahead, :owed, :rule, cast(:old as jsonb), :actor)""")
                .param("id", id).param("l", loan.id()).param("e", entryId).param("from", from).param("first", first)
                .param("ahead", ahead).param("owed", loan.outstanding()).param("rule", rules.prepayment().name())
                .param("old", LoanInstalments.json(old)).param("actor", actor).update();
        instalments.replaceFrom(loan.id(), first, next);
        return Optional.of(new Loans.Recalculation(id, loan.id(), entryId, from, first, ahead, loan.outstanding(),
                rules.prepayment(), Instant.now()));
    }
}
