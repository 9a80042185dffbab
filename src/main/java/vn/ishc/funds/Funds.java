package vn.ishc.funds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.VietnameseText;

/**
 * Posts a club's money movements to its funds' ledger. Each posting locks the funds it touches, so
 * two people recording at once are kept in order; refuses an amount that is not a positive whole
 * number of đồng, a date in a closed month or in the future, and anything that would take a fund's
 * cash below zero on any day; and records a request sent twice (same idempotency key) once.
 */
@Service
@Transactional
public class Funds {

    /** The largest amount one entry may move, in đồng. */
    public static final long MAX_DONG = 100_000_000_000L;

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BookClosings closings;
    private final Members members;

    Funds(JdbcClient jdbc, Clubs clubs, ApplicationEventPublisher events, Clock clock, BookClosings closings,
          Members members) {
        this.members = members;
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.events = events;
        this.clock = clock;
        this.closings = closings;
    }

    /** The club's funds with today's cash and loans; its two main funds exist from its founding. */
    public List<Fund> of(UUID clubId, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        ensureMainFunds(club);
        return jdbc.sql(FUNDS + " where f.club_id = :c order by f.kind, f.name collate \"vi-x-icu\"").param("c", clubId).query(this::fund).list();
    }

    /** Opens another fund of the club (a welfare fund, or another with its name) from a day. */
    public Fund open(UUID clubId, Fund.Kind kind, String name, LocalDate openedOn, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        if (kind != Fund.Kind.WELFARE && kind != Fund.Kind.OTHER) {
            throw new InvalidInputException("funds.open.kind", "kind");
        }
        String title = VietnameseText.clean(name);
        if (title == null || title.isBlank()) {
            throw missing("name");
        }
        LocalDate day = openedOn == null ? today() : openedOn;
        if (day.isAfter(today()) || day.isBefore(club.foundedOn())) {
            throw new InvalidInputException("funds.date.beforeFounding", "openedOn", day, club.foundedOn());
        }
        if (jdbc.sql("select count(*) from fund where club_id = :c and lower(name) = lower(:n)").param("c", clubId)
                .param("n", title).query(Integer.class).single() > 0) {
            throw new InvalidInputException("funds.open.nameTaken", "name", title);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into fund (id, club_id, kind, name, opened_on, created_by) values (:id, :c, :k, :n, :d, :a)")
                .param("id", id).param("c", clubId).param("k", kind.name()).param("n", title).param("d", day)
                .param("a", actor).update();
        return fundById(id, scope);
    }

    /** The club's fund of a kind (its income-generation or operating fund). */
    public Fund fund(UUID clubId, Fund.Kind kind, AreaScope scope) {
        return of(clubId, scope).stream().filter(f -> f.kind() == kind).findFirst()
                .orElseThrow(() -> new NotFoundException("funds.notFound", kind));
    }

    /** Money given to a fund, from a source. */
    public Entry contribute(UUID fundId, LocalDate date, long amount, Entry.Source source, String description,
                            String idempotencyKey, String actor, AreaScope scope) {
        return contribute(fundId, date, amount, source, null, description, idempotencyKey, actor, scope);
    }

    /**
     * Money given to a fund, from a source; a contribution or fee paid by one member names them ({@code personId},
     * a member of the club on that day), and it shows in their passbook.
     */
    public Entry contribute(UUID fundId, LocalDate date, long amount, Entry.Source source, UUID personId,
                            String description, String idempotencyKey, String actor, AreaScope scope) {
        Fund fund = fundById(fundId, scope);
        if (source == null) {
            throw missing("source");
        }
        if (personId != null) {
            if (source != Entry.Source.MEMBERS) {
                throw new InvalidInputException("funds.person.notMembersSource", "personId");
            }
            LocalDate day = date == null ? today() : date;
            if (!members.isMember(fund.clubId(), personId, day)) {
                throw new InvalidInputException("funds.person.notMember", "personId", day);
            }
        }
        RequestKey key = RequestKey.of(idempotencyKey, Entry.Kind.CONTRIBUTION, null, fundId, date, amount, source,
                VietnameseText.clean(description), personId);
        return post(fund.clubId(), null, personId, Entry.Kind.CONTRIBUTION, date, source, null, description, null, key,
                List.of(new Entry.Line(fundId, Account.CASH, amount(amount)),
                        new Entry.Line(fundId, Account.CONTRIBUTIONS, -amount)), actor, scope);
    }

    /** Money a fund paid out, for a purpose. */
    public Entry spend(UUID fundId, LocalDate date, long amount, String purpose, String idempotencyKey, String actor,
                       AreaScope scope) {
        Fund fund = fundById(fundId, scope);
        String why = VietnameseText.clean(purpose);
        if (why == null || why.isBlank()) {
            throw missing("purpose");
        }
        RequestKey key = RequestKey.of(idempotencyKey, Entry.Kind.EXPENSE, null, fundId, date, amount, why);
        return post(fund.clubId(), Entry.Kind.EXPENSE, date, null, why, null, null, key,
                List.of(new Entry.Line(fundId, Account.EXPENSES, amount(amount)),
                        new Entry.Line(fundId, Account.CASH, -amount)), actor, scope);
    }

    /** Money moved from one of the club's funds to another. */
    public Entry transfer(UUID fromFundId, UUID toFundId, LocalDate date, long amount, String description,
                          String idempotencyKey, String actor, AreaScope scope) {
        Fund from = fundById(fromFundId, scope);
        Fund to = fundById(toFundId, scope);
        if (!from.clubId().equals(to.clubId()) || from.id().equals(to.id())) {
            throw new InvalidInputException("funds.transfer.sameClub", "toFundId");
        }
        RequestKey key = RequestKey.of(idempotencyKey, Entry.Kind.TRANSFER, null, fromFundId, toFundId, date, amount,
                VietnameseText.clean(description));
        return post(from.clubId(), Entry.Kind.TRANSFER, date, null, null, description, null, key,
                List.of(new Entry.Line(fromFundId, Account.TRANSFERS, amount(amount)),
                        new Entry.Line(fromFundId, Account.CASH, -amount),
                        new Entry.Line(toFundId, Account.CASH, amount),
                        new Entry.Line(toFundId, Account.TRANSFERS, -amount)), actor, scope);
    }

    /** Undoes an entry by its mirror image, dated in an open month; an entry is reversed once. */
    public Entry reverse(UUID entryId, LocalDate date, String reason, String idempotencyKey, String actor,
                         AreaScope scope) {
        Entry original = entry(entryId, scope);
        String why = VietnameseText.clean(reason);
        RequestKey key = RequestKey.of(idempotencyKey, Entry.Kind.REVERSAL, original.loanId(), entryId, date, why);
        Optional<Entry> replayed = replayed(original.clubId(), key);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        if (original.kind() == Entry.Kind.REVERSAL) {
            throw new InvalidInputException("funds.reversal.ofReversal", "entryId");
        }
        if (original.reversedById() != null) {
            throw new InvalidInputException("funds.reversal.already", "entryId", entry(original.reversedById(), scope).date());
        }
        if (why == null || why.isBlank()) {
            throw missing("reason");
        }
        if (date != null && date.isBefore(original.date())) {
            throw new InvalidInputException("funds.reversal.beforeOriginal", "date", date, original.date());
        }
        if (original.loanId() != null) {
            // A loan's own entries are undone on the loan's page, which keeps the loan's standing right.
            throw new InvalidInputException("funds.reversal.loan", "entryId");
        }
        return mirror(original, date, why, key, actor, scope);
    }

    /** Posts the mirror image of an entry, pointing at it and carrying its loan, if any. */
    Entry mirror(Entry original, LocalDate date, String why, RequestKey key, String actor, AreaScope scope) {
        List<Entry.Line> mirror = original.lines().stream()
                .map(l -> new Entry.Line(l.fundId(), l.account(), -l.amount(), l.placeId())).toList();
        return post(original.clubId(), original.loanId(), original.personId(), Entry.Kind.REVERSAL, date, original.source(), null, why,
                original.id(), key, mirror, actor, scope);
    }

    /** The contributions and fees one member paid to the club's funds (and their reversals), by date. */
    @Transactional(readOnly = true)
    public List<Entry> entriesOfPerson(UUID clubId, UUID personId, AreaScope scope) {
        clubs.get(clubId, scope);
        return select("e.club_id = :club and e.person_id = :person", Map.of("club", clubId, "person", personId));
    }

    /** A loan's entries, by date and then as recorded. */
    List<Entry> entriesOfLoan(UUID loanId) {
        return select("e.loan_id = :loan", Map.of("loan", loanId));
    }

    /** Closes the club's books through the end of a month that is over (see {@link BookClosings}). */
    public void closeMonth(UUID clubId, YearMonth month, String actor, AreaScope scope) {
        closings.close(clubId, month, actor, scope);
    }

    /** Whether the whole month is within the club's closed books. */
    public boolean isClosed(UUID clubId, YearMonth month) {
        return closings.closedThrough(clubId).map(through -> !month.atEndOfMonth().isAfter(through)).orElse(false);
    }

    /** Cash counted in the box on a day, beside what the book said that day; the difference is counted minus book. */
    public record CashCount(UUID id, UUID fundId, LocalDate countedOn, long counted, long book, String recordedBy,
                            java.time.Instant recordedAt) {

        /** As a reader who may not see people gets it: without who counted. */
        public CashCount withoutPeople() {
            return new CashCount(id, fundId, countedOn, counted, book, null, recordedAt);
        }
        public long difference() {
            return counted - book;
        }
    }

    /** A fund's cash counts, the latest first. */
    @Transactional(readOnly = true)
    public List<CashCount> cashCounts(UUID fundId, AreaScope scope) {
        Fund fund = fundById(fundId, scope);
        return jdbc.sql("select * from cash_count where fund_id = :f order by counted_on desc, recorded_at desc")
                .param("f", fund.id()).query(Funds::cashCount).list();
    }

    /** Cash counted at a meeting, kept beside the book's cash that day; returns counted minus book. */
    public long countCash(UUID fundId, LocalDate on, long counted, String actor, AreaScope scope) {
        return count(fundId, on, counted, actor, scope).difference();
    }

    /** Cash counted in the box on a day (today if none), kept beside what the book said that day. */
    public CashCount count(UUID fundId, LocalDate on, long counted, String actor, AreaScope scope) {
        return count(fundId, on, counted, null, actor, scope);
    }

    /**
     * Cash counted in the box on a day; sent again with the same key (a phone that lost the answer), the count
     * recorded the first time is answered and nothing more is recorded; the key sent with another count is refused.
     */
    public CashCount count(UUID fundId, LocalDate on, long counted, String idempotencyKey, String actor,
                           AreaScope scope) {
        Fund fund = fundById(fundId, scope);
        RequestKey key = RequestKey.of(idempotencyKey, Entry.Kind.CONTRIBUTION, null, "cash-count", fundId, on, counted);
        if (key != null) {
            jdbc.sql("select id from fund where id = :f for update").param("f", fund.id()).query(UUID.class).single();
            Optional<CashCount> earlier = countByKey(fund.id(), key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (counted < 0 || counted > MAX_DONG) {
            throw new InvalidInputException("funds.amount.invalid", "counted", counted);
        }
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new InvalidInputException("funds.date.future", "date", day);
        }
        if (day.isBefore(fund.openedOn())) {
            throw new InvalidInputException("funds.date.beforeFounding", "date", day, fund.openedOn());
        }
        // Counted against the book as it is once the postings in progress are done.
        jdbc.sql("select id from fund where id = :f for update").param("f", fund.id()).query(UUID.class).single();
        // The box is counted: money the fund keeps in a bank is not in it.
        long book = cashBoxOn(fund.id(), day);
        return jdbc.sql("""
                        insert into cash_count (id, fund_id, counted_on, counted, book, recorded_by, idempotency_key,
                                                request_fingerprint)
                        values (:id, :f, :d, :c, :b, :a, :key, :fingerprint) returning *""")
                .param("id", UUID.randomUUID()).param("f", fund.id()).param("d", day).param("c", counted)
                .param("b", book).param("a", actor).param("key", key == null ? null : key.key())
                .param("fingerprint", key == null ? null : key.fingerprint()).query(Funds::cashCount).single();
    }

    private Optional<CashCount> countByKey(UUID fundId, RequestKey key) {
        record Seen(CashCount count, String fingerprint) {
        }
        Optional<Seen> seen = jdbc.sql("select * from cash_count where fund_id = :f and idempotency_key = :k")
                .param("f", fundId).param("k", key.key())
                .query((rs, n) -> new Seen(cashCount(rs, n), rs.getString("request_fingerprint"))).optional();
        if (seen.isPresent() && !key.fingerprint().equals(seen.get().fingerprint())) {
            throw new InvalidInputException("funds.idempotency.reused", "Idempotency-Key", key.key());
        }
        return seen.map(Seen::count);
    }

    private static CashCount cashCount(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CashCount(rs.getObject("id", UUID.class), rs.getObject("fund_id", UUID.class),
                rs.getObject("counted_on", LocalDate.class), rs.getLong("counted"), rs.getLong("book"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    /** A fund's cash at the end of a day. */
    @Transactional(readOnly = true)
    public long cashOn(UUID fundId, LocalDate day) {
        return jdbc.sql("select coalesce(sum(l.amount), 0) from ledger_line l join ledger_entry e on e.id = l.entry_id "
                        + "where l.fund_id = :f and l.account = 'CASH' and e.entry_date <= :d")
                .param("f", fundId).param("d", day).query(Long.class).single();
    }

    /** What a fund's cash box holds at the end of a day: its money less what is in the club's bank accounts. */
    @Transactional(readOnly = true)
    public long cashBoxOn(UUID fundId, LocalDate day) {
        return jdbc.sql("select coalesce(sum(l.amount), 0) from ledger_line l join ledger_entry e on e.id = l.entry_id "
                        + "where l.fund_id = :f and l.account = 'CASH' and l.place_id is null and e.entry_date <= :d")
                .param("f", fundId).param("d", day).query(Long.class).single();
    }

    /** A fund's statement for a period: opening and closing cash, and what moved it, by kind and source. */
    @Transactional(readOnly = true)
    public Statement statement(UUID fundId, LocalDate from, LocalDate to, AreaScope scope) {
        Fund fund = fundById(fundId, scope);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("funds.period.invalid", "to", from, to);
        }
        long opening = cashOn(fund.id(), from.minusDays(1));
        Map<Entry.Source, Long> bySource = new LinkedHashMap<>();
        long[] sums = new long[11];
        jdbc.sql("""
                        select e.kind, coalesce(e.source, o.source) as source, l.account, sum(l.amount) as amount
                        from ledger_line l join ledger_entry e on e.id = l.entry_id
                        left join ledger_entry o on o.id = e.reverses_id
                        where l.fund_id = :f and e.entry_date between :from and :to and l.account <> 'CASH'
                        group by e.kind, coalesce(e.source, o.source), l.account""")
                .param("f", fund.id()).param("from", from).param("to", to)
                .query((rs, n) -> {
                    Account account = Account.valueOf(rs.getString("account"));
                    Entry.Kind kind = Entry.Kind.valueOf(rs.getString("kind"));
                    long amount = rs.getLong("amount");
                    String source = rs.getString("source");
                    switch (account) {
                        case CONTRIBUTIONS -> bySource.merge(source == null ? Entry.Source.OTHER
                                : Entry.Source.valueOf(source), -amount, Long::sum);
                        case EXPENSES -> sums[0] += amount;
                        case TRANSFERS -> sums[amount > 0 ? 1 : 2] += Math.abs(amount);
                        case LOANS -> {
                            if (kind == Entry.Kind.WRITE_OFF) {
                                sums[7] += -amount;
                            } else if (kind == Entry.Kind.DISBURSEMENT) {
                                sums[3] += amount;
                            } else {
                                sums[4] += -amount;
                            }
                        }
                        case INTEREST -> sums[5] += -amount;
                        case PENALTIES -> sums[6] += -amount;
                        case RECOVERIES -> sums[8] += -amount;
                        case BANK_INTEREST -> sums[9] += -amount;
                        case BANK_FEES -> sums[10] += amount;
                        default -> { }
                    }
                    return null;
                }).list();
        long closing = cashOn(fund.id(), to);
        return new Statement(fund, from, to, opening, bySource, sums[0], sums[1], sums[2], sums[3], sums[4], sums[5],
                sums[6], sums[7], closing, entries(fund.id(), from, to), sums[8], sums[9], sums[10],
                placeBalances(fund, from.minusDays(1), to));
    }

    /**
     * A fund's statement for a period. Transfers out are money sent to another fund of the club; write-offs move no
     * cash; recoveries are money paid in on loans written off; money moved between the cash box and a bank
     * changes neither opening nor closing, only where it is ({@code places}: the cash box first, then each bank
     * account that held the fund's money in the period).
     */
    public record Statement(Fund fund, LocalDate from, LocalDate to, long opening, Map<Entry.Source, Long> receipts,
                            long expenses, long transfersOut, long transfersIn, long loansDisbursed,
                            long principalRepaid, long interest, long penalties, long writtenOff, long closing,
                            List<Entry> entries, long recovered, long bankInterest, long bankFees,
                            List<PlaceBalance> places) {

        /** The statement as the reader may see it: for a reader who may not see people, entries without their texts. */
        public Statement forReader(boolean seesPeople) {
            return seesPeople ? this : new Statement(fund, from, to, opening, receipts, expenses, transfersOut, transfersIn,
                    loansDisbursed, principalRepaid, interest, penalties, writtenOff, closing,
                    entries.stream().map(Entry::withoutPeople).toList(), recovered, bankInterest, bankFees,
                    places.stream().map(PlaceBalance::withoutPeople).toList());
        }

        public long receiptsTotal() {
            return receipts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Opening plus receipts, transfers in and loan repayments, less expenses, transfers out and loans, is closing. */
        public boolean balances() {
            return opening + receiptsTotal() + transfersIn + principalRepaid + interest + penalties + recovered
                    + bankInterest - expenses - bankFees - transfersOut - loansDisbursed == closing;
        }
    }

    /** A fund's money in one place at the start and end of a period: the cash box ({@code account} null) or a bank account. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "FundMoneyPlace")
    public record PlaceBalance(BankAccount account, long opening, long closing) {

        PlaceBalance withoutPeople() {
            return account == null ? this : new PlaceBalance(account.withoutPeople(), opening, closing);
        }
    }

    /**
     * A fund's money by place at the end of two days: the cash box first, then each of the club's bank accounts
     * that held some of it on either day or was open by the second, by when it was opened.
     */
    @Transactional(readOnly = true)
    public List<PlaceBalance> placeBalances(Fund fund, LocalDate first, LocalDate second) {
        Map<UUID, long[]> sums = new HashMap<>();
        jdbc.sql("""
                        select l.place_id,
                               coalesce(sum(l.amount) filter (where e.entry_date <= :first), 0) as first,
                               coalesce(sum(l.amount) filter (where e.entry_date <= :second), 0) as second
                        from ledger_line l join ledger_entry e on e.id = l.entry_id
                        where l.fund_id = :f and l.account = 'CASH' and l.place_id is not null
                        group by l.place_id""")
                .param("f", fund.id()).param("first", first).param("second", second)
                .query((rs, n) -> sums.put(rs.getObject("place_id", UUID.class),
                        new long[] {rs.getLong("first"), rs.getLong("second")})).list();
        List<PlaceBalance> places = new ArrayList<>();
        long firstInBanks = 0;
        long secondInBanks = 0;
        for (BankAccount b : jdbc.sql("select * from bank_account where club_id = :c order by opened_on, bank, account_number")
                .param("c", fund.clubId()).query((rs, n) -> BankAccount.read(rs)).list()) {
            long[] s = sums.getOrDefault(b.id(), new long[2]);
            firstInBanks += s[0];
            secondInBanks += s[1];
            if (s[0] != 0 || s[1] != 0 || !b.openedOn().isAfter(second)) {
                places.add(new PlaceBalance(b, s[0], s[1]));
            }
        }
        places.add(0, new PlaceBalance(null, cashOn(fund.id(), first) - firstInBanks,
                cashOn(fund.id(), second) - secondInBanks));
        return places;
    }

    @Transactional(readOnly = true)
    public Entry entry(UUID id, AreaScope scope) {
        Entry e = load(id).orElseThrow(() -> new NotFoundException("funds.entry.notFound", id));
        clubs.get(e.clubId(), scope);
        return e;
    }

    private Entry post(UUID clubId, Entry.Kind kind, LocalDate date, Entry.Source source, String purpose,
                       String description, UUID reverses, RequestKey key, List<Entry.Line> lines, String actor,
                       AreaScope scope) {
        return post(clubId, null, null, kind, date, source, purpose, description, reverses, key, lines, actor, scope);
    }

    /** Posts balanced lines as one entry (the loans of the club post through here too). */
    Entry post(UUID clubId, UUID loanId, Entry.Kind kind, LocalDate date, Entry.Source source, String purpose,
               String description, UUID reverses, RequestKey key, List<Entry.Line> lines, String actor,
               AreaScope scope) {
        return post(clubId, loanId, null, kind, date, source, purpose, description, reverses, key, lines, actor, scope);
    }

    private Entry post(UUID clubId, UUID loanId, UUID personId, Entry.Kind kind, LocalDate date, Entry.Source source,
                       String purpose, String description, UUID reverses, RequestKey key, List<Entry.Line> lines,
                       String actor, AreaScope scope) {
        return post(clubId, loanId, personId, kind, date, source, purpose, description, reverses, key, lines, null, actor,
                scope);
    }

    /**
     * A member's fee for the months of a period, paid into a fund: a contribution from the members naming the
     * member and the months it pays for ({@link MemberFees} works out which).
     */
    Entry payFee(UUID fundId, LocalDate date, long amount, UUID personId, YearMonth from, int months, RequestKey key,
                 String actor, AreaScope scope) {
        Fund fund = fundById(fundId, scope);
        return post(fund.clubId(), null, personId, Entry.Kind.CONTRIBUTION, date, Entry.Source.MEMBERS, null, null, null,
                key, List.of(new Entry.Line(fundId, Account.CASH, amount(amount)),
                        new Entry.Line(fundId, Account.CONTRIBUTIONS, -amount)),
                new MemberFees.Period(from, months), actor, scope);
    }

    private Entry post(UUID clubId, UUID loanId, UUID personId, Entry.Kind kind, LocalDate date, Entry.Source source,
                       String purpose, String description, UUID reverses, RequestKey key, List<Entry.Line> lines,
                       MemberFees.Period fee, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        Optional<Entry> replayed = replayed(clubId, key);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        LocalDate day = date == null ? today() : date;
        if (day.isAfter(today())) {
            throw new InvalidInputException("funds.date.future", "date", day);
        }
        if (day.isBefore(club.foundedOn())) {
            throw new InvalidInputException("funds.date.beforeFounding", "date", day, club.foundedOn());
        }
        // One fund at a time, always in the same order: postings touching the same funds queue up, and behind
        // a closing of the books, which locks them all.
        List<UUID> funds = lines.stream().map(Entry.Line::fundId).distinct().sorted(Comparator.comparing(UUID::toString))
                .toList();
        for (UUID f : funds) {
            jdbc.sql("select id from fund where id = :f for update").param("f", f).query(UUID.class).single();
        }
        Optional<LocalDate> closed = closings.closedThrough(clubId);
        if (closed.isPresent() && !day.isAfter(closed.get())) {
            throw new InvalidInputException("funds.date.closedMonth", "date", day, closed.get());
        }
        UUID id = UUID.randomUUID();
        // The same key sent twice at once: the second waits for the first, records nothing and replays it.
        int inserted = jdbc.sql("""
                insert into ledger_entry (id, club_id, loan_id, person_id, entry_date, kind, source, purpose, description,
                                          reverses_id, idempotency_key, request_fingerprint, recorded_by, fee_from,
                                          fee_months)
                values (:id, :club, :loan, :person, :date, :kind, :source, :purpose, :description, :reverses, :key,
                        :fingerprint, :actor, :feeFrom, :feeMonths)
                on conflict (club_id, idempotency_key) do nothing""")
                .param("id", id).param("club", clubId).param("loan", loanId).param("person", personId).param("date", day).param("kind", kind.name())
                .param("source", source == null ? null : source.name()).param("purpose", purpose)
                .param("description", blankToNull(VietnameseText.clean(description))).param("reverses", reverses)
                .param("key", key == null ? null : key.key()).param("fingerprint", key == null ? null : key.fingerprint())
                .param("actor", actor)
                .param("feeFrom", fee == null ? null : fee.from().atDay(1))
                .param("feeMonths", fee == null ? null : fee.months()).update();
        if (inserted == 0) {
            return replayed(clubId, key).orElseThrow();
        }
        int n = 0;
        for (Entry.Line l : lines) {
            jdbc.sql("insert into ledger_line (entry_id, line_no, fund_id, account, amount, place_id) "
                            + "values (:e, :n, :f, :a, :amount, :place)")
                    .param("e", id).param("n", ++n).param("f", l.fundId()).param("a", l.account().name())
                    .param("amount", l.amount()).param("place", l.placeId()).update();
        }
        for (UUID f : funds) {
            refuseShortPlace(f, day);
        }
        Entry saved = load(id).orElseThrow();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("date", day.toString());
        detail.put("kind", kind.name());
        if (source != null) {
            detail.put("source", source.name());
        }
        if (purpose != null) {
            detail.put("purpose", purpose);
        }
        if (reverses != null) {
            detail.put("reverses", reverses.toString());
        }
        detail.put("lines", lines.stream().map(l -> l.account() + " " + l.amount()).toList());
        events.publishEvent(new FundMoved(id, clubId, loanId, club.communeId(), club.areaPaths(),
                "fund." + kind.name().toLowerCase(), day, source, saved.lines(), actor, detail));
        return saved;
    }

    /**
     * Refuses a posting that takes the fund's money below zero on any day in any one place: in its cash box,
     * or in any of the club's bank accounts (money in a bank does not pay what the cash box lacks).
     */
    private void refuseShortPlace(UUID fundId, LocalDate day) {
        record Low(UUID place, String bank, String lastDigits, long lowest) {
        }
        List<Low> lows = jdbc.sql("""
                        select x.place_id, b.bank, b.account_number, min(x.running) as lowest from (
                          select l.place_id,
                                 sum(l.amount) over (partition by l.place_id order by e.entry_date, e.seq) as running
                          from ledger_line l join ledger_entry e on e.id = l.entry_id
                          where l.fund_id = :f and l.account = 'CASH') x
                        left join bank_account b on b.id = x.place_id
                        group by x.place_id, b.bank, b.account_number having min(x.running) < 0
                        order by x.place_id nulls first""")
                .param("f", fundId)
                .query((rs, n) -> new Low(rs.getObject("place_id", UUID.class), rs.getString("bank"),
                        rs.getString("account_number") == null ? null : BankAccount.lastDigits(rs.getString("account_number")),
                        rs.getLong("lowest"))).list();
        for (Low low : lows) {
            if (low.place() == null) {
                throw new InvalidInputException("funds.cash.short", "amount", day, -low.lowest());
            }
            throw new InvalidInputException("funds.bank.short", "amount", day, -low.lowest(), low.bank(), low.lastDigits());
        }
    }

    private Optional<Entry> load(UUID id) {
        return select("e.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** A fund's entries dated in a period, in the order they were made: two queries however many there are. */
    private List<Entry> entries(UUID fundId, LocalDate from, LocalDate to) {
        return select("e.entry_date between :from and :to and exists (select 1 from ledger_line f "
                + "where f.entry_id = e.id and f.fund_id = :fund)", Map.of("fund", fundId, "from", from, "to", to));
    }

    /** The entries a condition selects, each with its lines, by date and then as recorded. */
    private List<Entry> select(String where, Map<String, Object> params) {
        Map<UUID, List<Entry.Line>> lines = new HashMap<>();
        jdbc.sql("select l.* from ledger_line l join ledger_entry e on e.id = l.entry_id where " + where
                        + " order by l.entry_id, l.line_no").params(params)
                .query((rs, n) -> lines.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new ArrayList<>())
                        .add(new Entry.Line(rs.getObject("fund_id", UUID.class), Account.valueOf(rs.getString("account")),
                                rs.getLong("amount"), rs.getObject("place_id", UUID.class)))).list();
        // An entry naming a person since anonymised shows their pseudonym instead of its texts (never changed).
        return jdbc.sql("select e.*, (select r.id from ledger_entry r where r.reverses_id = e.id) as reversed_by, "
                        + "(select x.shown_as from ledger_text_redaction x where x.entry_id = e.id) as redacted_as "
                        + "from ledger_entry e where " + where + " order by e.entry_date, e.seq").params(params)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getLong("seq"),
                        rs.getObject("club_id", UUID.class), rs.getObject("loan_id", UUID.class),
                        rs.getObject("entry_date", LocalDate.class), Entry.Kind.valueOf(rs.getString("kind")),
                        rs.getString("source") == null ? null : Entry.Source.valueOf(rs.getString("source")),
                        rs.getString("redacted_as") == null ? rs.getString("purpose") : null,
                        rs.getString("redacted_as") == null ? rs.getString("description") : rs.getString("redacted_as"),
                        rs.getObject("reverses_id", UUID.class),
                        rs.getObject("reversed_by", UUID.class), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        lines.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                        rs.getObject("person_id", UUID.class))).list();
    }

    /**
     * The entry an earlier sending of the same request made with this key, if there is one. The key replays
     * that request only: one recorded for anything else (another kind, another target, another body) is
     * refused, naming the key, and nothing is recorded. An entry recorded before requests were remembered
     * is replayed for a request of its kind and loan.
     */
    Optional<Entry> replayed(UUID clubId, RequestKey key) {
        if (key == null) {
            return Optional.empty();
        }
        record Seen(UUID id, String kind, UUID loanId, String fingerprint) {
        }
        Optional<Seen> seen = jdbc.sql("""
                        select id, kind, loan_id, request_fingerprint from ledger_entry
                        where club_id = :c and idempotency_key = :k""")
                .param("c", clubId).param("k", key.key())
                .query((rs, n) -> new Seen(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getObject("loan_id", UUID.class), rs.getString("request_fingerprint"))).optional();
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        Seen s = seen.get();
        boolean same = s.fingerprint() != null ? s.fingerprint().equals(key.fingerprint())
                : s.kind().equals(key.kind().name()) && java.util.Objects.equals(s.loanId(), key.loanId());
        if (!same) {
            throw new InvalidInputException("funds.idempotency.reused", "Idempotency-Key", key.key());
        }
        return load(s.id());
    }

    Fund fundById(UUID fundId, AreaScope scope) {
        if (fundId == null) {
            throw missing("fundId");
        }
        Fund fund = jdbc.sql(FUNDS + " where f.id = :f").param("f", fundId).query(this::fund).optional()
                .orElseThrow(() -> new NotFoundException("funds.notFound", fundId));
        clubs.get(fund.clubId(), scope);
        return fund;
    }

    private static final String FUNDS = """
            select f.*,
              coalesce((select sum(amount) from ledger_line l where l.fund_id = f.id and l.account = 'CASH'), 0) as cash,
              coalesce((select sum(amount) from ledger_line l where l.fund_id = f.id and l.account = 'LOANS'), 0) as loans
            from fund f""";

    private Fund fund(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Fund(rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class),
                Fund.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getObject("opened_on", LocalDate.class),
                rs.getLong("cash"), rs.getLong("loans"));
    }

    private void ensureMainFunds(Club club) {
        int existing = jdbc.sql("select count(*) from fund where club_id = :c and kind in ('INCOME_GENERATION', 'OPERATING')")
                .param("c", club.id()).query(Integer.class).single();
        if (existing == 2) {
            return;
        }
        for (Fund.Kind kind : List.of(Fund.Kind.INCOME_GENERATION, Fund.Kind.OPERATING)) {
            jdbc.sql("insert into fund (id, club_id, kind, name, opened_on, created_by) values (:id, :c, :k, :n, :d, 'system') "
                            + "on conflict do nothing")
                    .param("id", UUID.nameUUIDFromBytes((club.id() + ":" + kind).getBytes())).param("c", club.id())
                    .param("k", kind.name()).param("n", kind.name()).param("d", club.foundedOn()).update();
        }
    }

    private static long amount(long amount) {
        if (amount <= 0 || amount > MAX_DONG) {
            throw new InvalidInputException("funds.amount.invalid", "amount", amount);
        }
        return amount;
    }

    private static InvalidInputException missing(String field) {
        return InvalidInputException.missing("funds.field.missing", field);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
