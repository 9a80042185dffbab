package vn.ishc.funds;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Clubs;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.Dong;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/**
 * The monthly fee (hội phí) each member pays the club: the rate the club decided from a month on, the months a
 * member is excused (poor, bedridden, as the club decides), and who paid which month.
 * <p>
 * A member owes the fee of each month at whose end (or today, for the month under way) they are a member, from
 * the month they joined or the club's first rate, whichever is later, unless excused or the rate is 0 đ. A payment
 * pays whole months, the oldest unpaid first: its amount must be exactly the fees of one or more months in a row
 * (a month excused or at 0 đ is passed over), up to twelve months ahead of the day it is paid; anything else is
 * refused saying what one, two and three months come to. The payment is a contribution from the members to the
 * rate's fund naming the member and the months, so the fund's statement and the member's passbook both show it;
 * reversing it (the fund page) makes its months unpaid again.
 */
@Service
@Transactional
public class MemberFees {

    static final int MONTHS_AHEAD = 12;

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final Members members;
    private final Funds funds;
    private final java.time.Clock clock;
    private final BookClosings closings;

    MemberFees(JdbcClient jdbc, Clubs clubs, Members members, Funds funds, BookClosings closings, java.time.Clock clock) {
        this.closings = closings;
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.members = members;
        this.funds = funds;
        this.clock = clock;
    }

    /** The months a fee payment pays for: {@code months} calendar months from {@code from}. */
    @Schema(name = "FeePeriod")
    public record Period(YearMonth from, int months) {

        public YearMonth to() {
            return from.plusMonths(months - 1L);
        }

        boolean covers(YearMonth m) {
            return !m.isBefore(from) && !m.isAfter(to());
        }
    }

    /** The fee of each month from {@code from} on, into a fund of the club, until a later rate. */
    @Schema(name = "FeeRate")
    public record Rate(UUID id, YearMonth from, long amount, Fund.Kind fundKind, String decidedBy) {
    }

    /** Months a member does not owe the fee, from {@code from} to {@code to} (open-ended when null). */
    @Schema(name = "FeeExemption")
    public record Exemption(UUID id, UUID personId, YearMonth from, YearMonth to, String reason, String decidedBy) {

        boolean covers(YearMonth m) {
            return !m.isBefore(from) && (to == null || !m.isAfter(to));
        }
    }

    /** A fee payment as recorded: its entry, the day, the months and the amount. */
    @Schema(name = "FeePayment")
    public record Payment(UUID entryId, UUID personId, LocalDate paidOn, Period period, long amount) {
    }

    /**
     * One member in a month: the month's fee ({@code due}, 0 when not owed), whether that month is paid, and what
     * they owe from their first month owed through this one.
     */
    @Schema(name = "FeeStanding")
    public record Standing(UUID personId, String name, long due, boolean exempt, boolean paid, int monthsOwed,
                           long owed, YearMonth paidThrough) {
    }

    /** The fees of a month: each member's standing and the totals. */
    @Schema(name = "FeeSheet")
    public record Sheet(YearMonth month, Rate rate, List<Standing> members) {

        public long dueTotal() {
            return members.stream().mapToLong(Standing::due).sum();
        }

        public long paidTotal() {
            return members.stream().filter(Standing::paid).mapToLong(Standing::due).sum();
        }

        public long owedTotal() {
            return members.stream().mapToLong(Standing::owed).sum();
        }

        public long paidCount() {
            return members.stream().filter(s -> s.due() > 0 && s.paid()).count();
        }

        public long owingCount() {
            return members.stream().filter(s -> s.owed() > 0).count();
        }
    }

    /** Sets the monthly fee from a month on (replacing a rate set for that same month, when none was paid under it). */
    public Rate setRate(UUID clubId, YearMonth from, long amount, Fund.Kind fundKind, String actor, AreaScope scope) {
        clubs.get(clubId, scope);
        if (from == null) {
            throw InvalidInputException.missing("funds.field.missing", "from");
        }
        if (amount < 0 || amount > 100_000_000L) {
            throw new InvalidInputException("funds.amount.invalid", "amount", amount);
        }
        Fund.Kind kind = fundKind == null ? Fund.Kind.OPERATING : fundKind;
        Fund fund = funds.of(clubId, scope).stream().filter(f -> f.kind() == kind).findFirst()
                .orElseThrow(() -> new InvalidInputException("funds.fees.noFund", "fundKind", kind));
        Optional<java.time.LocalDate> closed = closings.closedThrough(clubId);
        if (closed.isPresent() && !from.atDay(1).isAfter(closed.get())) {
            throw new InvalidInputException("funds.fees.rateInClosedMonth", "from", from.atDay(1), closed.get());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into fee_rate (id, club_id, from_month, amount, fund_kind, decided_by)
                        values (:id, :c, :m, :a, :k, :by)
                        on conflict (club_id, from_month) do update
                          set amount = excluded.amount, fund_kind = excluded.fund_kind, decided_by = excluded.decided_by,
                              decided_at = now()""")
                .param("id", id).param("c", clubId).param("m", from.atDay(1)).param("a", amount)
                .param("k", fund.kind().name()).param("by", actor).update();
        return rates(clubId, scope).stream().filter(r -> r.from().equals(from)).findFirst().orElseThrow();
    }

    /** The club's fee rates, the earliest first. */
    @Transactional(readOnly = true)
    public List<Rate> rates(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from fee_rate where club_id = :c order by from_month").param("c", clubId)
                .query((rs, n) -> new Rate(rs.getObject("id", UUID.class),
                        YearMonth.from(rs.getObject("from_month", LocalDate.class)), rs.getLong("amount"),
                        Fund.Kind.valueOf(rs.getString("fund_kind")), rs.getString("decided_by"))).list();
    }

    /** Excuses a member of the club from the fee for months (from a month on when {@code to} is null). */
    public Exemption exempt(UUID clubId, UUID personId, YearMonth from, YearMonth to, String reason, String actor,
                            AreaScope scope) {
        clubs.get(clubId, scope);
        if (personId == null) {
            throw InvalidInputException.missing("funds.field.missing", "personId");
        }
        if (from == null) {
            throw InvalidInputException.missing("funds.field.missing", "from");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidInputException("funds.period.invalid", "to", from.atDay(1), to.atEndOfMonth());
        }
        String why = VietnameseText.clean(reason);
        if (why == null || why.isBlank()) {
            throw InvalidInputException.missing("funds.field.missing", "reason");
        }
        LocalDate on = from.atEndOfMonth().isAfter(today()) ? today() : from.atEndOfMonth();
        if (!members.isMember(clubId, personId, on) && !members.isMember(clubId, personId, from.atDay(1))) {
            throw new InvalidInputException("funds.person.notMember", "personId", on);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into fee_exemption (id, club_id, person_id, from_month, to_month, reason, decided_by)
                        values (:id, :c, :p, :f, :t, :r, :by)""")
                .param("id", id).param("c", clubId).param("p", personId).param("f", from.atDay(1))
                .param("t", to == null ? null : to.atDay(1)).param("r", why).param("by", actor).update();
        return new Exemption(id, personId, from, to, why, actor);
    }

    /** The club's fee exemptions. */
    @Transactional(readOnly = true)
    public List<Exemption> exemptions(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return exemptionsOf(clubId);
    }

    /**
     * Records a member's fee paid on a day: the amount pays the oldest months they have not paid. The same request
     * sent again with its key is recorded once.
     */
    public Payment pay(UUID clubId, UUID personId, LocalDate on, long amount, String idempotencyKey, String actor,
                       AreaScope scope) {
        clubs.get(clubId, scope);
        LocalDate day = on == null ? today() : on;
        RequestKey key = RequestKey.of(idempotencyKey, Entry.Kind.CONTRIBUTION, null, "fee", clubId, personId, day,
                amount);
        Optional<Entry> replayed = funds.replayed(clubId, key);
        if (replayed.isPresent()) {
            return payment(replayed.get().id()).orElseThrow(
                    () -> new InvalidInputException("funds.idempotency.reused", "Idempotency-Key", key.key()));
        }
        if (personId == null) {
            throw InvalidInputException.missing("funds.field.missing", "personId");
        }
        if (amount <= 0 || amount > Funds.MAX_DONG) {
            throw new InvalidInputException("funds.amount.invalid", "amount", amount);
        }
        if (!members.isMember(clubId, personId, day)) {
            throw new InvalidInputException("funds.person.notMember", "personId", day);
        }
        // Two payments of one member at once (two phones at the meeting) would both find the same months unpaid:
        // the club's funds are locked, in the order every posting locks them, before the months are worked out.
        jdbc.sql("select id from fund where club_id = :c order by id::text collate \"C\" for update").param("c", clubId)
                .query(UUID.class).list();
        List<Rate> rates = rates(clubId, scope);
        if (rates.isEmpty()) {
            throw new InvalidInputException("funds.fees.noRateSet", "amount");
        }
        MemberRow member = members.membersOf(clubId, day, scope).stream()
                .filter(m -> m.person().id().equals(personId)).findFirst().orElseThrow();
        YearMonth first = firstOwed(rates, member);
        Set<YearMonth> paid = paidMonths(clubId, personId);
        List<Exemption> excused = exemptionsOf(clubId).stream().filter(e -> e.personId().equals(personId)).toList();
        YearMonth last = YearMonth.from(day).plusMonths(MONTHS_AHEAD);
        YearMonth m = first;
        while (!m.isAfter(last) && (paid.contains(m) || fee(rates, excused, m) == 0)) {
            m = m.plusMonths(1);
        }
        if (m.isAfter(last)) {
            throw new InvalidInputException("funds.fees.allPaid", "amount", last.atEndOfMonth());
        }
        YearMonth from = m;
        long left = amount;
        List<Long> steps = new ArrayList<>();
        long sum = 0;
        int months = 0;
        while (left > 0 && !m.isAfter(last) && !paid.contains(m)) {
            long fee = fee(rates, excused, m);
            if (fee > left) {
                break;
            }
            left -= fee;
            months++;
            if (fee > 0) {
                sum += fee;
                steps.add(sum);
            }
            m = m.plusMonths(1);
        }
        if (left != 0) {
            // Tell what whole months would come to from the first unpaid month.
            List<Long> offers = new ArrayList<>(steps.subList(0, Math.min(3, steps.size())));
            YearMonth n = m;
            long total = sum;
            while (offers.size() < 3 && !n.isAfter(last) && !paid.contains(n)) {
                long fee = fee(rates, excused, n);
                if (fee > 0) {
                    total += fee;
                    offers.add(total);
                }
                n = n.plusMonths(1);
            }
            throw new InvalidInputException("funds.fees.wholeMonths", "amount", Dong.format(amount),
                    from.getMonthValue() + "/" + from.getYear(),
                    offers.stream().map(Dong::format).reduce((a, b) -> a + "; " + b).orElse(""));
        }
        Rate rate = rateOf(rates, from).orElseThrow();
        Fund fund = funds.of(clubId, scope).stream().filter(f -> f.kind() == rate.fundKind()).findFirst().orElseThrow();
        Entry entry = funds.payFee(fund.id(), day, amount, personId, from, months, key, actor, scope);
        return payment(entry.id()).orElseThrow();
    }

    /** The fees of a month: every member of the club at its end (today, in the month under way) and what they owe. */
    @Transactional(readOnly = true)
    public Sheet month(UUID clubId, YearMonth month, AreaScope scope) {
        clubs.get(clubId, scope);
        LocalDate end = month.atEndOfMonth().isAfter(today()) ? today() : month.atEndOfMonth();
        List<Rate> rates = rates(clubId, scope);
        List<Exemption> exemptions = exemptionsOf(clubId);
        Map<UUID, Set<YearMonth>> paid = paidMonthsByPerson(clubId);
        List<Standing> rows = new ArrayList<>();
        for (MemberRow member : members.membersOf(clubId, end, scope)) {
            UUID person = member.person().id();
            List<Exemption> excused = exemptions.stream().filter(e -> e.personId().equals(person)).toList();
            Set<YearMonth> done = paid.getOrDefault(person, Set.of());
            YearMonth first = rates.isEmpty() ? month.plusMonths(1) : firstOwed(rates, member);
            long due = month.isBefore(first) ? 0 : fee(rates, excused, month);
            boolean exempt = excused.stream().anyMatch(e -> e.covers(month));
            int owedMonths = 0;
            long owed = 0;
            for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
                long fee = fee(rates, excused, m);
                if (fee > 0 && !done.contains(m)) {
                    owedMonths++;
                    owed += fee;
                }
            }
            YearMonth through = done.stream().max(YearMonth::compareTo).orElse(null);
            rows.add(new Standing(person, member.person().fullName(), due, exempt, done.contains(month), owedMonths,
                    owed, through));
        }
        return new Sheet(month, rateOf(rates, month).orElse(null), rows);
    }

    /** A member's fee payments in the club (not reversed), by entry: the months each paid for. */
    @Transactional(readOnly = true)
    public Map<UUID, Period> periodsOf(UUID clubId, UUID personId, AreaScope scope) {
        clubs.get(clubId, scope);
        Map<UUID, Period> periods = new HashMap<>();
        jdbc.sql("""
                        select id, fee_from, fee_months from ledger_entry
                        where club_id = :c and person_id = :p and fee_from is not null""")
                .param("c", clubId).param("p", personId)
                .query((rs, n) -> periods.put(rs.getObject("id", UUID.class),
                        new Period(YearMonth.from(rs.getObject("fee_from", LocalDate.class)), rs.getInt("fee_months"))))
                .list();
        return periods;
    }

    private Optional<Payment> payment(UUID entryId) {
        return jdbc.sql("""
                        select e.id, e.person_id, e.entry_date, e.fee_from, e.fee_months,
                               (select sum(l.amount) from ledger_line l where l.entry_id = e.id and l.account = 'CASH') as amount
                        from ledger_entry e where e.id = :id and e.fee_from is not null""")
                .param("id", entryId)
                .query((rs, n) -> new Payment(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getObject("entry_date", LocalDate.class),
                        new Period(YearMonth.from(rs.getObject("fee_from", LocalDate.class)), rs.getInt("fee_months")),
                        rs.getLong("amount"))).optional();
    }

    private static YearMonth firstOwed(List<Rate> rates, MemberRow member) {
        YearMonth joined = YearMonth.from(member.joinedOn());
        YearMonth firstRate = rates.get(0).from();
        return joined.isAfter(firstRate) ? joined : firstRate;
    }

    private static Optional<Rate> rateOf(List<Rate> rates, YearMonth m) {
        TreeMap<YearMonth, Rate> byMonth = new TreeMap<>();
        rates.forEach(r -> byMonth.put(r.from(), r));
        return Optional.ofNullable(byMonth.floorEntry(m)).map(Map.Entry::getValue);
    }

    private static long fee(List<Rate> rates, List<Exemption> excused, YearMonth m) {
        if (excused.stream().anyMatch(e -> e.covers(m))) {
            return 0;
        }
        return rateOf(rates, m).map(Rate::amount).orElse(0L);
    }

    private Set<YearMonth> paidMonths(UUID clubId, UUID personId) {
        return paidMonthsByPerson(clubId).getOrDefault(personId, Set.of());
    }

    /** The months each member has paid, from the club's fee payments that were not reversed. */
    private Map<UUID, Set<YearMonth>> paidMonthsByPerson(UUID clubId) {
        Map<UUID, Set<YearMonth>> paid = new HashMap<>();
        jdbc.sql("""
                        select e.person_id, e.fee_from, e.fee_months from ledger_entry e
                        where e.club_id = :c and e.fee_from is not null
                          and not exists (select 1 from ledger_entry r where r.reverses_id = e.id)""")
                .param("c", clubId)
                .query((rs, n) -> {
                    Period p = new Period(YearMonth.from(rs.getObject("fee_from", LocalDate.class)), rs.getInt("fee_months"));
                    Set<YearMonth> months = paid.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new HashSet<>());
                    for (int i = 0; i < p.months(); i++) {
                        months.add(p.from().plusMonths(i));
                    }
                    return p;
                }).list();
        return paid;
    }

    private List<Exemption> exemptionsOf(UUID clubId) {
        return jdbc.sql("select * from fee_exemption where club_id = :c order by from_month").param("c", clubId)
                .query((rs, n) -> new Exemption(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        YearMonth.from(rs.getObject("from_month", LocalDate.class)),
                        rs.getObject("to_month", LocalDate.class) == null ? null
                                : YearMonth.from(rs.getObject("to_month", LocalDate.class)),
                        rs.getString("reason"), rs.getString("decided_by"))).list();
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
