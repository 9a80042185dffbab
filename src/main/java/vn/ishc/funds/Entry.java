package vn.ishc.funds;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A ledger entry as recorded, with its lines (debits positive, credits negative, in đồng); {@code personId} is the
 * member who paid a contribution or fee, when one did.
 */
public record Entry(UUID id, long seq, UUID clubId, UUID loanId, LocalDate date, Kind kind, Source source, String purpose,
                    String description, UUID reversesId, UUID reversedById, String recordedBy, Instant recordedAt,
                    List<Line> lines, UUID personId) {

    /**
     * The entry as a reader who may not see people gets it: its kind, date and amounts, without the texts that
     * may name someone (the borrower's name, what it was for, a note) nor who recorded it.
     */
    public Entry withoutPeople() {
        return new Entry(id, seq, clubId, loanId, date, kind, source, null, null, reversesId, reversedById, null,
                recordedAt, lines, null);
    }

    public enum Kind { CONTRIBUTION, EXPENSE, TRANSFER, REVERSAL, DISBURSEMENT, REPAYMENT, WRITE_OFF, RECOVERY }

    /** Where money given to a fund came from. */
    public enum Source { STATE, ASSOCIATION, PROJECT, COMMUNITY, BUSINESS, MEMBERS, OTHER }

    @Schema(name = "EntryLine")
    public record Line(UUID fundId, Account account, long amount) {
    }

    /** The total of an account's lines in the entry (debits positive). */
    public long of(Account account) {
        return lines.stream().filter(l -> l.account() == account).mapToLong(Line::amount).sum();
    }

    /** What the entry did to a fund's cash. */
    public long cashOf(UUID fundId) {
        return lines.stream().filter(l -> l.fundId().equals(fundId) && l.account() == Account.CASH)
                .mapToLong(Line::amount).sum();
    }
}
