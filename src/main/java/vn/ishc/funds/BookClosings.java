package vn.ishc.funds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.AuditableEvent;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/**
 * A club's books closed up to a date: no entry in any of its funds dated on or before it. The board closes
 * a month that is over (and every month before it with it); the closing keeps its report, each fund's
 * accounts and cash on that date, as they were when closed. Only an officer reopens, from a month on, with
 * a reason; both acts are kept and audited, never changed.
 */
@Service
@Transactional
public class BookClosings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Action { CLOSE, REOPEN }

    /** A fund's accounts on the closing date (debits positive), as they were when the books were closed. */
    public record FundBalance(UUID fundId, String name, Fund.Kind kind, Map<Account, Long> accounts) {
        public long cash() {
            return accounts.getOrDefault(Account.CASH, 0L);
        }
    }

    /** What a closing kept: each fund's trial balance; {@code carriedOver} for months closed before reports were kept. */
    public record Report(List<FundBalance> funds, boolean carriedOver) {
    }

    /** A closing or a reopening; {@code closedThrough} is how far the books were closed after it (null: not at all). */
    public record Closing(UUID id, Action action, LocalDate closedThrough, String reason, Report report, String actedBy,
                          Instant actedAt) {

        /** As a reader who may not see people gets it: without the reason typed nor who acted. */
        public Closing withoutPeople() {
            return new Closing(id, action, closedThrough, null, report, null, actedAt);
        }
    }

    /** The books were closed or reopened ({@code action} fund.books_closed, fund.books_reopened). */
    public record BooksChanged(UUID clubId, String action, String actor, Map<String, Object> detail) implements AuditableEvent {
        @Override
        public String target() {
            return "club:" + clubId;
        }
    }

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BookClosings(JdbcClient jdbc, Clubs clubs, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.events = events;
        this.clock = clock;
    }

    /** The last day on which the club's books are closed, if they are. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> closedThrough(UUID clubId) {
        return jdbc.sql("select closed_through from fund_closing where club_id = :c order by seq desc limit 1")
                .param("c", clubId).query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).optional()
                .flatMap(o -> o);
    }

    /**
     * Closes the club's books through the end of {@code month}, which must be over; a month already closed
     * is left as it was. The club's funds are locked meanwhile, so the report is what the books said.
     */
    public Closing close(UUID clubId, YearMonth month, String actor, AreaScope scope) {
        clubs.get(clubId, scope);
        if (month == null) {
            throw InvalidInputException.missing("funds.field.missing", "month");
        }
        LocalDate through = month.atEndOfMonth();
        if (!through.isBefore(BusinessCalendar.today(clock))) {
            throw new InvalidInputException("funds.close.notOver", "month", month.toString());
        }
        lockFunds(clubId);
        Optional<LocalDate> already = closedThrough(clubId);
        if (already.isPresent() && !already.get().isBefore(through)) {
            return latest(clubId);
        }
        Report report = report(clubId, through);
        Closing closing = jdbc.sql("""
                        insert into fund_closing (id, club_id, action, closed_through, report, acted_by)
                        values (:id, :c, 'CLOSE', :through, cast(:report as jsonb), :a) returning *""")
                .param("id", UUID.randomUUID()).param("c", clubId).param("through", through)
                .param("report", JSON.writeValueAsString(report)).param("a", actor).query(BookClosings::closing).single();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("closedThrough", through.toString());
        detail.put("before", already.map(LocalDate::toString).orElse(""));
        report.funds().forEach(f -> detail.put("cash " + f.name(), f.cash()));
        events.publishEvent(new BooksChanged(clubId, "fund.books_closed", actor, detail));
        return closing;
    }

    /** An officer reopens the books from {@code from} on, with a reason; what stays closed stays closed. */
    public Closing reopen(UUID clubId, YearMonth from, String reason, String actor, AreaScope scope) {
        clubs.get(clubId, scope);
        if (from == null) {
            throw InvalidInputException.missing("funds.field.missing", "month");
        }
        String why = VietnameseText.clean(reason);
        if (why == null || why.isBlank()) {
            throw InvalidInputException.missing("funds.field.missing", "reason");
        }
        lockFunds(clubId);
        LocalDate closed = closedThrough(clubId)
                .orElseThrow(() -> new InvalidInputException("funds.reopen.notClosed", "month", from.toString()));
        if (from.atDay(1).isAfter(closed)) {
            throw new InvalidInputException("funds.reopen.notClosed", "month", from.toString());
        }
        LocalDate through = from.atDay(1).minusDays(1);
        Club club = clubs.get(clubId, scope);
        Closing reopening = jdbc.sql("""
                        insert into fund_closing (id, club_id, action, closed_through, reason, acted_by)
                        values (:id, :c, 'REOPEN', :through, :why, :a) returning *""")
                .param("id", UUID.randomUUID()).param("c", clubId)
                .param("through", through.isBefore(club.foundedOn()) ? null : through).param("why", why)
                .param("a", actor).query(BookClosings::closing).single();
        events.publishEvent(new BooksChanged(clubId, "fund.books_reopened", actor, Map.of("closedThrough", closed.toString(),
                "reopenedFrom", from.toString(), "reason", why)));
        return reopening;
    }

    /** The club's closings and reopenings, the latest first. */
    @Transactional(readOnly = true)
    public List<Closing> history(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from fund_closing where club_id = :c order by seq desc").param("c", clubId)
                .query(BookClosings::closing).list();
    }

    /** The club's latest closing or reopening. */
    private Closing latest(UUID clubId) {
        return jdbc.sql("select * from fund_closing where club_id = :c order by seq desc limit 1").param("c", clubId)
                .query(BookClosings::closing).single();
    }

    private static Closing closing(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Closing(rs.getObject("id", UUID.class), Action.valueOf(rs.getString("action")),
                rs.getObject("closed_through", LocalDate.class), rs.getString("reason"),
                rs.getString("report") == null ? null : JSON.readValue(rs.getString("report"), Report.class),
                rs.getString("acted_by"), rs.getTimestamp("acted_at").toInstant());
    }

    /** Each fund's accounts on a day: the trial balance the closing keeps. */
    private Report report(UUID clubId, LocalDate through) {
        Map<UUID, FundBalance> funds = new LinkedHashMap<>();
        jdbc.sql("select id, name, kind from fund where club_id = :c order by kind, name collate \"vi-x-icu\"").param("c", clubId)
                .query((rs, n) -> funds.put(rs.getObject("id", UUID.class), new FundBalance(rs.getObject("id", UUID.class),
                        rs.getString("name"), Fund.Kind.valueOf(rs.getString("kind")), new EnumMap<>(Account.class))))
                .list();
        jdbc.sql("""
                        select l.fund_id, l.account, sum(l.amount) as total
                        from ledger_line l join ledger_entry e on e.id = l.entry_id
                        where e.club_id = :c and e.entry_date <= :d group by l.fund_id, l.account""")
                .param("c", clubId).param("d", through)
                .query((rs, n) -> funds.get(rs.getObject("fund_id", UUID.class)).accounts()
                        .put(Account.valueOf(rs.getString("account")), rs.getLong("total")))
                .list();
        return new Report(new ArrayList<>(funds.values()), false);
    }

    /** Locks the club's funds in the order postings lock them, so a closing and a posting queue up. */
    private void lockFunds(UUID clubId) {
        jdbc.sql("select id from fund where club_id = :c order by id::text collate \"C\" for update").param("c", clubId)
                .query(UUID.class).list();
    }
}
