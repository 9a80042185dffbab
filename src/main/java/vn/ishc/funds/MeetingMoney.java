package vn.ishc.funds;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.UserFacingException;

/**
 * The money of a monthly meeting in one go: each member's fee and each loan's repayment collected that day, sent
 * as one submission of lines, each line with its own key. The lines are recorded together or not at all: the
 * first line refused stops the submission, names its line and field, and nothing of it is kept. Sent again (a
 * phone that lost the answer), each line's key replays what it recorded, so nothing is counted twice; a line
 * added since is recorded. The answer gives the totals and, for each fund the money went into, what came in and
 * the cash the box should hold at the end of the day, to count.
 */
@Service
@Transactional
public class MeetingMoney {

    private final Clubs clubs;
    private final MemberFees fees;
    private final Loans loans;
    private final Funds funds;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    MeetingMoney(Clubs clubs, MemberFees fees, Loans loans, Funds funds, JdbcClient jdbc, java.time.Clock clock) {
        this.clubs = clubs;
        this.fees = fees;
        this.loans = loans;
        this.funds = funds;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public enum Kind { FEE, REPAYMENT }

    /** One thing collected: a member's fee ({@code personId}) or a loan's repayment ({@code loanId}), with its key. */
    @Schema(name = "MeetingMoneyLine")
    public record Line(Kind kind, UUID personId, UUID loanId, Long amount, String key) {
    }

    /** A line as recorded: the entry it made (or replayed) and the amount. */
    @Schema(name = "MeetingMoneyRecorded")
    public record Recorded(int line, Kind kind, UUID personId, UUID loanId, UUID entryId, long amount) {
    }

    /** A fund the meeting's money went into: what came in, and what its cash box holds at the end of the day, to count. */
    @Schema(name = "MeetingMoneyCash")
    public record FundCash(UUID fundId, Fund.Kind fundKind, String fundName, long received, long bookCash) {
    }

    /** What the submission recorded: each line, the totals of fees and repayments, the cash to count. */
    @Schema(name = "MeetingMoneyResult")
    public record Result(LocalDate date, List<Recorded> lines, long fees, long repayments, List<FundCash> cash) {

        public long total() {
            return fees + repayments;
        }
    }

    /** A line refused: its place in the submission (from 0) and the refusal, naming {@code lines[n].field}. */
    public static class LineRefused extends InvalidInputException {
        private final int line;
        private final String lineField;

        LineRefused(int line, UserFacingException cause) {
            super(cause.messageKey(), "lines[" + line + "]." + (cause.field() == null ? "amount" : cause.field()),
                    cause.arguments());
            this.line = line;
            this.lineField = cause.field();
        }

        public int line() {
            return line;
        }

        public String lineField() {
            return lineField;
        }
    }

    /** Records the meeting's money, all lines or none. Lines with no amount (or 0) are passed over. */
    public Result collect(UUID clubId, LocalDate date, List<Line> lines, String actor, AreaScope scope) {
        clubs.get(clubId, scope);
        LocalDate day = date == null ? BusinessCalendar.today(clock) : date;
        if (lines == null || lines.isEmpty()) {
            throw InvalidInputException.missing("funds.field.missing", "lines");
        }
        List<Recorded> recorded = new ArrayList<>();
        Map<UUID, Long> received = new LinkedHashMap<>();
        long feeTotal = 0;
        long repaid = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line == null || line.amount() == null || line.amount() == 0) {
                continue;
            }
            try {
                if (line.key() == null || line.key().isBlank()) {
                    throw InvalidInputException.missing("funds.field.missing", "key");
                }
                if (line.kind() == null) {
                    throw InvalidInputException.missing("funds.field.missing", "kind");
                }
                if (line.kind() == Kind.FEE) {
                    MemberFees.Payment p = fees.pay(clubId, line.personId(), day, line.amount(), line.key(), actor, scope);
                    Entry e = funds.entry(p.entryId(), scope);
                    UUID fund = e.lines().get(0).fundId();
                    received.merge(fund, p.amount(), Long::sum);
                    feeTotal += p.amount();
                    recorded.add(new Recorded(i, Kind.FEE, line.personId(), null, p.entryId(), p.amount()));
                } else {
                    if (line.loanId() == null) {
                        throw InvalidInputException.missing("funds.field.missing", "loanId");
                    }
                    Loans.Loan loan = loans.get(line.loanId(), scope);
                    if (!loan.clubId().equals(clubId)) {
                        throw new InvalidInputException("funds.meeting.loanOfAnotherClub", "loanId", line.loanId());
                    }
                    Entry e = loans.repay(line.loanId(), day, line.amount(), 0, line.key(), actor, scope);
                    long cash = e.cashOf(loan.fundId());
                    received.merge(loan.fundId(), cash, Long::sum);
                    repaid += cash;
                    recorded.add(new Recorded(i, Kind.REPAYMENT, loan.personId(), loan.id(), e.id(), cash));
                }
            } catch (LineRefused refused) {
                throw refused;
            } catch (UserFacingException refused) {
                throw new LineRefused(i, refused);
            }
        }
        return new Result(day, recorded, feeTotal, repaid, cashToCount(clubId, day, received, scope));
    }

    /**
     * What a submission recorded, read back from the ledger by its lines' keys ({@code submission} followed by
     * ":"), for the page that shows its totals and the cash to count after it was sent.
     */
    @Transactional(readOnly = true)
    public Result recorded(UUID clubId, LocalDate date, String submission, AreaScope scope) {
        clubs.get(clubId, scope);
        List<Recorded> recorded = new ArrayList<>();
        Map<UUID, Long> received = new LinkedHashMap<>();
        long feeTotal = 0;
        long repaid = 0;
        String prefix = submission.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%";
        List<UUID> ids = jdbc.sql("""
                        select id from ledger_entry where club_id = :c and idempotency_key like :p
                          and not exists (select 1 from ledger_entry r where r.reverses_id = ledger_entry.id)
                        order by seq""")
                .param("c", clubId).param("p", prefix).query(UUID.class).list();
        int n = 0;
        for (UUID id : ids) {
            Entry e = funds.entry(id, scope);
            long cash = e.lines().stream().filter(l -> l.account() == Account.CASH).mapToLong(Entry.Line::amount).sum();
            UUID fund = e.lines().get(0).fundId();
            received.merge(fund, cash, Long::sum);
            if (e.loanId() == null) {
                feeTotal += cash;
                recorded.add(new Recorded(n++, Kind.FEE, e.personId(), null, e.id(), cash));
            } else {
                repaid += cash;
                recorded.add(new Recorded(n++, Kind.REPAYMENT, null, e.loanId(), e.id(), cash));
            }
        }
        return new Result(date, recorded, feeTotal, repaid, cashToCount(clubId, date, received, scope));
    }

    private List<FundCash> cashToCount(UUID clubId, LocalDate day, Map<UUID, Long> received, AreaScope scope) {
        List<FundCash> cash = new ArrayList<>();
        Map<UUID, Fund> byId = new HashMap<>();
        funds.of(clubId, scope).forEach(f -> byId.put(f.id(), f));
        received.forEach((fundId, amount) -> {
            Fund f = byId.get(fundId);
            cash.add(new FundCash(fundId, f.kind(), f.name(), amount, funds.cashBoxOn(fundId, day)));
        });
        return cash;
    }

    /** What is to collect at a meeting: each member's fee standing and each loan with something due by the month's end. */
    @Transactional(readOnly = true)
    public Due due(UUID clubId, LocalDate date, AreaScope scope) {
        LocalDate day = date == null ? BusinessCalendar.today(clock) : date;
        MemberFees.Sheet sheet = fees.month(clubId, YearMonth.from(day), scope);
        Loans.Book book = loans.book(clubId, day, scope);
        return new Due(day, sheet, book.toCollect());
    }

    /** The meeting's fees (every member) and the loans to collect from. */
    @Schema(name = "MeetingMoneyDue")
    public record Due(LocalDate date, MemberFees.Sheet fees, List<Loans.Due> loans) {
    }
}
