package vn.ishc.funds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.VietnameseText;

/**
 * Where a club's money sits: each fund's cash box, and the bank and savings accounts the club opens.
 *
 * <p>The ledger model: the account {@link Account#CASH} keeps meaning all of a fund's money, so every figure
 * that reads it (a fund's cash, its statement's opening and closing, the books' closings, the reporting
 * indicators) still counts the money wherever it is. A CASH line says where the money is: a line naming a
 * bank account ({@code ledger_line.place_id}) is that fund's money held in it, a line naming none is in the
 * cash box. A bank account is the club's and may hold money of several funds; each fund's share of it is the
 * sum of its CASH lines there. A deposit, a withdrawal or a move between two bank accounts is an entry of two
 * CASH lines of the same fund; interest a bank paid and fees it took are a CASH line at the bank against
 * {@link Account#BANK_INTEREST} or {@link Account#BANK_FEES}. Everything is posted through {@link Funds}, so
 * closed months, idempotency keys, reversals and the rule that money never goes below zero hold as for any
 * entry; that rule holds for the cash box and for each bank account apart.
 */
@Service
@Transactional
public class BankAccounts {

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final Funds funds;

    BankAccounts(JdbcClient jdbc, Clubs clubs, Funds funds) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.funds = funds;
    }

    /** What opens a bank or savings account: its kind, a name, the bank, the account's number, the day opened. */
    public record Opening(BankAccount.Kind kind, String name, String bank, String accountNumber, LocalDate openedOn) {
    }

    /**
     * Money moved between the fund's cash box and a bank account, or between two bank accounts
     * ({@code toBankAccountId}, for {@link Entry.Kind#BANK_TRANSFER} only), or interest a bank paid into the account
     * or a fee it took from it.
     */
    public record Movement(Entry.Kind kind, UUID fundId, UUID bankAccountId, UUID toBankAccountId, LocalDate date,
                           long amount, String description) {
    }

    /** A bank account with its balance on a day, all funds together and fund by fund. */
    public record Holding(BankAccount account, long balance, Map<UUID, Long> byFund) {

        public Holding withoutPeople() {
            return new Holding(account.withoutPeople(), balance, byFund);
        }
    }

    /** The club's bank accounts, by when they were opened. */
    @Transactional(readOnly = true)
    public List<BankAccount> of(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from bank_account where club_id = :c order by opened_on, bank, account_number")
                .param("c", clubId).query((rs, n) -> BankAccount.read(rs)).list();
    }

    /** The club's bank accounts with their balances at the end of a day. */
    @Transactional(readOnly = true)
    public List<Holding> holdings(UUID clubId, LocalDate day, AreaScope scope) {
        Map<UUID, Map<UUID, Long>> byAccount = new HashMap<>();
        jdbc.sql("""
                        select l.place_id, l.fund_id, sum(l.amount) as amount
                        from ledger_line l join ledger_entry e on e.id = l.entry_id
                        where e.club_id = :c and l.place_id is not null and e.entry_date <= :d
                        group by l.place_id, l.fund_id""")
                .param("c", clubId).param("d", day)
                .query((rs, n) -> byAccount.computeIfAbsent(rs.getObject("place_id", UUID.class), k -> new LinkedHashMap<>())
                        .put(rs.getObject("fund_id", UUID.class), rs.getLong("amount"))).list();
        return of(clubId, scope).stream().map(b -> {
            Map<UUID, Long> shares = byAccount.getOrDefault(b.id(), Map.of());
            return new Holding(b, shares.values().stream().mapToLong(Long::longValue).sum(), shares);
        }).toList();
    }

    /** A bank account of a club in the reader's area. */
    @Transactional(readOnly = true)
    public BankAccount get(UUID id, AreaScope scope) {
        if (id == null) {
            throw InvalidInputException.missing("funds.field.missing", "bankAccountId");
        }
        BankAccount account = jdbc.sql("select * from bank_account where id = :id").param("id", id)
                .query((rs, n) -> BankAccount.read(rs)).optional()
                .orElseThrow(() -> new NotFoundException("funds.bank.notFound", id));
        clubs.get(account.clubId(), scope);
        return account;
    }

    /** Opens a bank or savings account of the club; a bank keeps one account of a number. */
    public BankAccount open(UUID clubId, Opening opening, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        if (opening.kind() == null) {
            throw InvalidInputException.missing("funds.field.missing", "kind");
        }
        String name = required(opening.name(), "name");
        String bank = required(opening.bank(), "bank");
        String number = required(opening.accountNumber(), "accountNumber").replaceAll("[\\s.-]", "");
        if (!number.matches("[0-9A-Za-z]{4,30}")) {
            throw new InvalidInputException("funds.bank.number", "accountNumber", opening.accountNumber().strip());
        }
        LocalDate day = opening.openedOn() == null ? funds.today() : opening.openedOn();
        if (day.isAfter(funds.today())) {
            throw new InvalidInputException("funds.date.future", "openedOn", day);
        }
        if (day.isBefore(club.foundedOn())) {
            throw new InvalidInputException("funds.date.beforeFounding", "openedOn", day, club.foundedOn());
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into bank_account (id, club_id, kind, name, bank, account_number, opened_on, created_by)
                        values (:id, :c, :k, :n, :b, :no, :d, :a) on conflict (club_id, bank, account_number) do nothing""")
                .param("id", id).param("c", clubId).param("k", opening.kind().name()).param("n", name).param("b", bank)
                .param("no", number).param("d", day).param("a", actor).update();
        if (inserted == 0) {
            throw new InvalidInputException("funds.bank.numberTaken", "accountNumber", bank, number);
        }
        return get(id, scope);
    }

    /**
     * Records money moved to, from or between bank accounts, or a bank's interest or fee, as one entry of the
     * fund; a request sent again with the same key is recorded once.
     */
    public Entry move(Movement m, String idempotencyKey, String actor, AreaScope scope) {
        if (m.kind() == null) {
            throw InvalidInputException.missing("funds.field.missing", "kind");
        }
        Fund fund = funds.fundById(m.fundId(), scope);
        BankAccount bank = get(m.bankAccountId(), scope);
        if (!bank.clubId().equals(fund.clubId())) {
            throw new InvalidInputException("funds.bank.otherClub", "bankAccountId");
        }
        BankAccount to = null;
        if (m.kind() == Entry.Kind.BANK_TRANSFER) {
            to = get(m.toBankAccountId(), scope);
            if (!to.clubId().equals(fund.clubId()) || to.id().equals(bank.id())) {
                throw new InvalidInputException("funds.bank.sameAccount", "toBankAccountId");
            }
        } else if (m.toBankAccountId() != null) {
            throw new InvalidInputException("funds.bank.toOnlyForTransfer", "toBankAccountId");
        }
        if (m.amount() <= 0 || m.amount() > Funds.MAX_DONG) {
            throw new InvalidInputException("funds.amount.invalid", "amount", m.amount());
        }
        LocalDate day = m.date() == null ? funds.today() : m.date();
        LocalDate opened = to != null && to.openedOn().isAfter(bank.openedOn()) ? to.openedOn() : bank.openedOn();
        if (day.isBefore(opened)) {
            throw new InvalidInputException("funds.bank.beforeOpened", "date", day, opened);
        }
        String description = VietnameseText.clean(m.description());
        RequestKey key = RequestKey.of(idempotencyKey, m.kind(), null, m.fundId(), m.bankAccountId(),
                m.toBankAccountId(), m.date(), m.amount(), description);
        return funds.post(fund.clubId(), null, m.kind(), m.date(), null, null, description, null, key,
                lines(m, fund.id(), bank.id(), to == null ? null : to.id()), actor, scope);
    }

    private static List<Entry.Line> lines(Movement m, UUID fund, UUID bank, UUID to) {
        long a = m.amount();
        return switch (m.kind()) {
            case DEPOSIT -> List.of(new Entry.Line(fund, Account.CASH, -a), new Entry.Line(fund, Account.CASH, a, bank));
            case WITHDRAWAL -> List.of(new Entry.Line(fund, Account.CASH, -a, bank), new Entry.Line(fund, Account.CASH, a));
            case BANK_TRANSFER -> List.of(new Entry.Line(fund, Account.CASH, -a, bank),
                    new Entry.Line(fund, Account.CASH, a, to));
            case BANK_INTEREST -> List.of(new Entry.Line(fund, Account.CASH, a, bank),
                    new Entry.Line(fund, Account.BANK_INTEREST, -a));
            case BANK_FEE -> List.of(new Entry.Line(fund, Account.BANK_FEES, a),
                    new Entry.Line(fund, Account.CASH, -a, bank));
            default -> throw new InvalidInputException("funds.bank.kind", "kind",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"entryKind." + m.kind().name()}, m.kind().name()));
        };
    }

    /** A bank account's balance at the end of a day, all funds together. */
    @Transactional(readOnly = true)
    public long balanceOn(UUID bankAccountId, LocalDate day) {
        return jdbc.sql("select coalesce(sum(l.amount), 0) from ledger_line l join ledger_entry e on e.id = l.entry_id "
                        + "where l.place_id = :p and e.entry_date <= :d")
                .param("p", bankAccountId).param("d", day).query(Long.class).single();
    }

    /** What one entry did to a bank account, all funds together (money in positive). */
    public record Booked(UUID entryId, LocalDate date, Entry.Kind kind, long amount) {
    }

    /** The entries that moved money in or out of a bank account up to a day, by date and then as recorded. */
    @Transactional(readOnly = true)
    public List<Booked> booked(UUID bankAccountId, LocalDate through) {
        return new ArrayList<>(jdbc.sql("""
                        select e.id, e.entry_date, e.kind, sum(l.amount) as amount
                        from ledger_line l join ledger_entry e on e.id = l.entry_id
                        where l.place_id = :p and e.entry_date <= :d
                        group by e.id, e.entry_date, e.kind, e.seq having sum(l.amount) <> 0
                        order by e.entry_date, e.seq""")
                .param("p", bankAccountId).param("d", through)
                .query((rs, n) -> new Booked(rs.getObject("id", UUID.class), rs.getObject("entry_date", LocalDate.class),
                        Entry.Kind.valueOf(rs.getString("kind")), rs.getLong("amount"))).list());
    }

    private static String required(String typed, String field) {
        String text = VietnameseText.clean(typed);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.missing("funds.field.missing", field);
        }
        return text.strip();
    }
}
