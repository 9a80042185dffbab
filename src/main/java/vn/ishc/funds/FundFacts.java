package vn.ishc.funds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;

/**
 * What the indicators count of some clubs' funds and loans, for the reporting pipeline: every ledger
 * line with its day, fund and kind of entry; loans with borrower, dates and schedule; loans from
 * outside lenders. No names; nation's scope only.
 */
@Service
@Transactional(readOnly = true)
public class FundFacts {

    private final JdbcClient jdbc;

    FundFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A ledger line: the entry's day and kind, the fund's kind, the account and amount (debits positive),
     * the source of money given (a reversal carries its original's), and the loan it belongs to.
     */
    public record Line(UUID clubId, LocalDate date, Entry.Kind kind, Fund.Kind fund, Account account, long amount,
                       Entry.Source source, UUID loanId) {
    }

    /**
     * A loan paid out: borrower, day, amount, schedule now; written off or closed on a day; and the schedules
     * the board's reschedulings replaced, oldest first.
     */
    public record Lent(UUID clubId, UUID loanId, UUID personId, LocalDate disbursedOn, long amount,
                       Loans.Status status, LocalDate closedOn, List<LoanSchedule.Instalment> schedule,
                       List<Replaced> replaced) {

        public Lent {
            schedule = List.copyOf(schedule);
            replaced = List.copyOf(replaced);
        }

        /** A loan that was never rescheduled. */
        public Lent(UUID clubId, UUID loanId, UUID personId, LocalDate disbursedOn, long amount, Loans.Status status,
                    LocalDate closedOn, List<LoanSchedule.Instalment> schedule) {
            this(clubId, loanId, personId, disbursedOn, amount, status, closedOn, schedule, List.of());
        }

        /**
         * The schedule in force at the end of a day: the one now, unless a rescheduling decided after that day
         * replaced it, then the one that rescheduling replaced (going back through later decisions first).
         */
        public List<LoanSchedule.Instalment> scheduleOn(LocalDate day) {
            List<LoanSchedule.Instalment> inForce = schedule;
            for (int k = replaced.size() - 1; k >= 0 && replaced.get(k).from().isAfter(day); k--) {
                inForce = replaced.get(k).schedule();
            }
            return inForce;
        }
    }

    /** A schedule that a rescheduling replaced from a day on, as it was until then. */
    public record Replaced(LocalDate from, List<LoanSchedule.Instalment> schedule) {

        public Replaced {
            schedule = List.copyOf(schedule);
        }
    }

    /** A loan from an outside lender that the club helped a member obtain. */
    public record Outside(UUID clubId, UUID personId, LocalDate obtainedOn) {
    }

    public List<Line> lines(Collection<UUID> clubIds, AreaScope scope) {
        scope.requireNation();
        return jdbc.sql("""
                        select e.club_id, e.entry_date, e.kind, f.kind as fund_kind, l.account, l.amount,
                               coalesce(e.source, o.source) as source, e.loan_id
                        from ledger_line l join ledger_entry e on e.id = l.entry_id join fund f on f.id = l.fund_id
                        left join ledger_entry o on o.id = e.reverses_id
                        where e.club_id = any(:clubs) order by e.club_id, e.entry_date, e.seq, l.line_no""")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new Line(rs.getObject("club_id", UUID.class), rs.getObject("entry_date", LocalDate.class),
                        Entry.Kind.valueOf(rs.getString("kind")), Fund.Kind.valueOf(rs.getString("fund_kind")),
                        Account.valueOf(rs.getString("account")), rs.getLong("amount"),
                        rs.getString("source") == null ? null : Entry.Source.valueOf(rs.getString("source")),
                        rs.getObject("loan_id", UUID.class))).list();
    }

    public List<Lent> loans(Collection<UUID> clubIds, AreaScope scope) {
        scope.requireNation();
        UUID[] clubs = clubIds.toArray(UUID[]::new);
        java.util.Map<UUID, List<LoanSchedule.Instalment>> schedules = new java.util.HashMap<>();
        jdbc.sql("select i.* from loan_instalment i join loan l on l.id = i.loan_id where l.club_id = any(:clubs) "
                        + "order by i.loan_id, i.number").param("clubs", clubs)
                .query((rs, n) -> schedules.computeIfAbsent(rs.getObject("loan_id", UUID.class), k -> new java.util.ArrayList<>())
                        .add(new LoanSchedule.Instalment(rs.getInt("number"), rs.getObject("due_on", LocalDate.class),
                                rs.getLong("principal"), rs.getLong("interest")))).list();
        Map<UUID, List<Replaced>> replaced = replaced(clubs);
        return jdbc.sql("select id, club_id, person_id, disbursed_on, amount, status, closed_on from loan "
                        + "where club_id = any(:clubs) and disbursed_on is not null order by club_id, disbursed_on, id")
                .param("clubs", clubs)
                .query((rs, n) -> new Lent(rs.getObject("club_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class), rs.getObject("disbursed_on", LocalDate.class),
                        rs.getLong("amount"), Loans.Status.valueOf(rs.getString("status")),
                        rs.getObject("closed_on", LocalDate.class),
                        schedules.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                        replaced.getOrDefault(rs.getObject("id", UUID.class), List.of()))).list();
    }

    /** The schedules the reschedulings of the clubs' loans replaced, each loan's oldest first. */
    private Map<UUID, List<Replaced>> replaced(UUID[] clubs) {
        record Row(UUID loanId, UUID reschedulingId, LocalDate from, LoanSchedule.Instalment instalment) {
        }
        List<Row> rows = jdbc.sql("""
                        select r.id, r.loan_id, r.decided_on, x.number, x."dueOn" as due_on, x.principal, x.interest
                        from loan_reschedule r join loan l on l.id = r.loan_id
                        cross join jsonb_to_recordset(r.previous_schedule)
                             as x(number integer, "dueOn" date, principal bigint, interest bigint)
                        where l.club_id = any(:clubs) order by r.loan_id, r.recorded_at, r.id, x.number""")
                .param("clubs", clubs)
                .query((rs, n) -> new Row(rs.getObject("loan_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getObject("decided_on", LocalDate.class), LoanInstalments.instalment(rs))).list();
        Map<UUID, Map<UUID, List<LoanSchedule.Instalment>>> schedules = new LinkedHashMap<>();
        Map<UUID, LocalDate> from = new HashMap<>();
        for (Row r : rows) {
            schedules.computeIfAbsent(r.loanId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.reschedulingId(), k -> new ArrayList<>()).add(r.instalment());
            from.put(r.reschedulingId(), r.from());
        }
        Map<UUID, List<Replaced>> out = new HashMap<>();
        schedules.forEach((loan, byRescheduling) -> out.put(loan, byRescheduling.entrySet().stream()
                .map(e -> new Replaced(from.get(e.getKey()), e.getValue())).toList()));
        return out;
    }

    public List<Outside> outsideLoans(Collection<UUID> clubIds, AreaScope scope) {
        scope.requireNation();
        return jdbc.sql("select club_id, person_id, obtained_on from outside_loan where club_id = any(:clubs)")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new Outside(rs.getObject("club_id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getObject("obtained_on", LocalDate.class))).list();
    }

}
