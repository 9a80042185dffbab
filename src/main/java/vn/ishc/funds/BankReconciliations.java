package vn.ishc.funds;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/**
 * A bank statement compared with the book, as the treasurer enters it: its date and closing balance, and
 * its lines when they are listed. The book's balance of the bank account that day is kept beside it with
 * the difference (statement minus book), who entered it and a note; nothing is ever changed or deleted.
 *
 * <p>The entries not yet on the statement are the account's entries dated on or before the statement's day
 * that no line of an earlier statement was matched to, and, when an earlier statement was entered without
 * its lines, dated after it (such a statement vouches for everything before its day). Each listed line is
 * matched to one of them with the same amount, the nearest in date (the earlier on a tie); a line matched
 * to none is on the statement but not yet in the book (a fee or interest not yet recorded).
 */
@Service
@Transactional
public class BankReconciliations {

    private final JdbcClient jdbc;
    private final BankAccounts accounts;
    private final Funds funds;

    BankReconciliations(JdbcClient jdbc, BankAccounts accounts, Funds funds) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.funds = funds;
    }

    /** A line of a bank statement: its day, its amount (money in positive, out negative) and its text. */
    @Schema(name = "BankStatementLine")
    public record StatementLine(LocalDate date, Long amount, String description) {
    }

    /** A bank statement as entered: the day it runs to, its closing balance, its lines if listed, and a note. */
    public record Statement(LocalDate date, Long balance, List<StatementLine> lines, String note) {
    }

    /**
     * A statement compared with the book, as recorded. {@code notOnStatement} are the book's entries the statement
     * does not show yet, {@code notInBook} the statement's lines the book does not have yet (both empty in the
     * history, which keeps the figures).
     */
    @Schema(name = "BankReconciliation")
    public record Reconciliation(UUID id, UUID bankAccountId, LocalDate statementDate, long statementBalance,
                                 long bookBalance, String note, List<StatementLine> lines, String recordedBy,
                                 Instant recordedAt, List<BankAccounts.Booked> notOnStatement,
                                 List<StatementLine> notInBook) {

        public long difference() {
            return statementBalance - bookBalance;
        }

        /** As a reader who may not see people gets it: without who entered it, the note, or the lines' texts. */
        public Reconciliation withoutPeople() {
            return new Reconciliation(id, bankAccountId, statementDate, statementBalance, bookBalance, null,
                    lines.stream().map(l -> new StatementLine(l.date(), l.amount(), null)).toList(), null, recordedAt,
                    notOnStatement, notInBook.stream().map(l -> new StatementLine(l.date(), l.amount(), null)).toList());
        }
    }

    /** Compares a bank statement with the book and keeps the comparison. */
    public Reconciliation reconcile(UUID bankAccountId, Statement statement, String actor, AreaScope scope) {
        BankAccount account = accounts.get(bankAccountId, scope);
        LocalDate day = statement.date();
        if (day == null) {
            throw InvalidInputException.missing("funds.field.missing", "date");
        }
        if (day.isAfter(funds.today())) {
            throw new InvalidInputException("funds.date.future", "date", day);
        }
        if (day.isBefore(account.openedOn())) {
            throw new InvalidInputException("funds.bank.beforeOpened", "date", day, account.openedOn());
        }
        if (statement.balance() == null) {
            throw InvalidInputException.missing("funds.field.missing", "balance");
        }
        if (statement.balance() < 0 || statement.balance() > Funds.MAX_DONG) {
            throw new InvalidInputException("funds.bank.balance", "balance", statement.balance());
        }
        List<StatementLine> lines = checked(statement.lines(), day);
        // Compared with the book as it is once the postings in progress are done, one statement at a time.
        jdbc.sql("select id from bank_account where id = :id for update").param("id", account.id()).query(UUID.class).single();
        long book = accounts.balanceOn(account.id(), day);
        List<BankAccounts.Booked> open = pending(account.id(), day);
        Map<Integer, UUID> matched = match(lines, open);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into bank_reconciliation (id, bank_account_id, statement_date, statement_balance, book_balance,
                                                         note, recorded_by)
                        values (:id, :b, :d, :s, :book, :note, :a)""")
                .param("id", id).param("b", account.id()).param("d", day).param("s", statement.balance())
                .param("book", book).param("note", blankToNull(VietnameseText.clean(statement.note())))
                .param("a", actor).update();
        for (int i = 0; i < lines.size(); i++) {
            StatementLine l = lines.get(i);
            jdbc.sql("""
                            insert into bank_statement_line (reconciliation_id, line_no, line_date, amount, description, entry_id)
                            values (:r, :n, :d, :a, :t, :e)""")
                    .param("r", id).param("n", i + 1).param("d", l.date()).param("a", l.amount())
                    .param("t", l.description()).param("e", matched.get(i)).update();
        }
        Set<UUID> onStatement = new HashSet<>(matched.values());
        List<StatementLine> notInBook = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!matched.containsKey(i)) {
                notInBook.add(lines.get(i));
            }
        }
        Reconciliation kept = history(account.id(), scope).get(0);
        return new Reconciliation(kept.id(), kept.bankAccountId(), kept.statementDate(), kept.statementBalance(),
                kept.bookBalance(), kept.note(), kept.lines(), kept.recordedBy(), kept.recordedAt(),
                open.stream().filter(b -> !onStatement.contains(b.entryId())).toList(), notInBook);
    }

    /**
     * The account's entries through a day not yet shown on a statement entered so far: not matched to a line of
     * one, and dated after the latest statement entered without its lines.
     */
    @Transactional(readOnly = true)
    public List<BankAccounts.Booked> pending(UUID bankAccountId, LocalDate through) {
        LocalDate vouched = jdbc.sql("""
                        select max(r.statement_date) from bank_reconciliation r
                        where r.bank_account_id = :b
                          and not exists (select 1 from bank_statement_line s where s.reconciliation_id = r.id)""")
                .param("b", bankAccountId).query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
        Set<UUID> shown = new HashSet<>(jdbc.sql("""
                        select s.entry_id from bank_statement_line s join bank_reconciliation r on r.id = s.reconciliation_id
                        where r.bank_account_id = :b and s.entry_id is not null""")
                .param("b", bankAccountId).query(UUID.class).list());
        return accounts.booked(bankAccountId, through).stream()
                .filter(b -> !shown.contains(b.entryId()) && (vouched == null || b.date().isAfter(vouched))).toList();
    }

    /** A bank account's statements entered, the latest first, with their lines. */
    @Transactional(readOnly = true)
    public List<Reconciliation> history(UUID bankAccountId, AreaScope scope) {
        BankAccount account = accounts.get(bankAccountId, scope);
        Map<UUID, List<StatementLine>> lines = new HashMap<>();
        jdbc.sql("""
                        select s.* from bank_statement_line s join bank_reconciliation r on r.id = s.reconciliation_id
                        where r.bank_account_id = :b order by s.reconciliation_id, s.line_no""")
                .param("b", account.id())
                .query((rs, n) -> lines.computeIfAbsent(rs.getObject("reconciliation_id", UUID.class), k -> new ArrayList<>())
                        .add(new StatementLine(rs.getObject("line_date", LocalDate.class), rs.getLong("amount"),
                                rs.getString("description")))).list();
        return jdbc.sql("select * from bank_reconciliation where bank_account_id = :b order by seq desc")
                .param("b", account.id())
                .query((rs, n) -> new Reconciliation(rs.getObject("id", UUID.class), account.id(),
                        rs.getObject("statement_date", LocalDate.class), rs.getLong("statement_balance"),
                        rs.getLong("book_balance"), rs.getString("note"),
                        lines.getOrDefault(rs.getObject("id", UUID.class), List.of()), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(), List.of(), List.of())).list();
    }

    /**
     * Each statement line (by index) matched to a book entry of the same amount, the nearest in date, the earlier
     * on a tie; each entry is matched once. Lines are taken by date, so that an early line takes an early entry.
     */
    static Map<Integer, UUID> match(List<StatementLine> lines, List<BankAccounts.Booked> book) {
        Map<Integer, UUID> matched = new HashMap<>();
        Set<UUID> taken = new HashSet<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> lines.get(i).date()).thenComparing(i -> i));
        for (int i : order) {
            StatementLine line = lines.get(i);
            book.stream().filter(b -> b.amount() == line.amount() && !taken.contains(b.entryId()))
                    .min(Comparator.comparingLong((BankAccounts.Booked b) ->
                                    Math.abs(ChronoUnit.DAYS.between(line.date(), b.date())))
                            .thenComparing(BankAccounts.Booked::date))
                    .ifPresent(b -> {
                        matched.put(i, b.entryId());
                        taken.add(b.entryId());
                    });
        }
        return matched;
    }

    private static List<StatementLine> checked(List<StatementLine> lines, LocalDate day) {
        if (lines == null) {
            return List.of();
        }
        List<StatementLine> out = new ArrayList<>();
        for (StatementLine l : lines) {
            if (l == null || l.date() == null) {
                throw InvalidInputException.missing("funds.field.missing", "lines");
            }
            if (l.date().isAfter(day)) {
                throw new InvalidInputException("funds.bank.lineAfterStatement", "lines", l.date(), day);
            }
            if (l.amount() == null || l.amount() == 0 || Math.abs(l.amount()) > Funds.MAX_DONG) {
                throw new InvalidInputException("funds.bank.lineAmount", "lines", l.amount());
            }
            out.add(new StatementLine(l.date(), l.amount(), blankToNull(VietnameseText.clean(l.description()))));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
