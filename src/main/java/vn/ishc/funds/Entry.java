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

    /**
     * What an entry did. The bank kinds move a fund's money between its cash box and the club's bank accounts
     * (deposit, withdrawal, from one bank account to another) or record what a bank paid or took; a recovery is
     * money paid in on a loan written off.
     */
    public enum Kind { CONTRIBUTION, EXPENSE, TRANSFER, REVERSAL, DISBURSEMENT, REPAYMENT, WRITE_OFF, RECOVERY,
        DEPOSIT, WITHDRAWAL, BANK_TRANSFER, BANK_INTEREST, BANK_FEE }

    /** Where money given to a fund came from. */
    public enum Source { STATE, ASSOCIATION, PROJECT, COMMUNITY, BUSINESS, MEMBERS, OTHER }

    /** A line; a CASH line names the bank account the money is in ({@code placeId}), none when in the cash box. */
    @Schema(name = "EntryLine")
    public record Line(UUID fundId, Account account, long amount, UUID placeId) {

        /** A line of money in the cash box, or of another account than CASH. */
        public Line(UUID fundId, Account account, long amount) {
            this(fundId, account, amount, null);
        }
    }

    /** The total of an account's lines in the entry (debits positive). */
    public long of(Account account) {
        return lines.stream().filter(l -> l.account() == account).mapToLong(Line::amount).sum();
    }

    /** What the entry did to a fund's money at one place (a bank account, or the cash box when null). */
    public long cashOf(UUID fundId, UUID placeId) {
        return lines.stream().filter(l -> l.fundId().equals(fundId) && l.account() == Account.CASH
                && java.util.Objects.equals(l.placeId(), placeId)).mapToLong(Line::amount).sum();
    }

    /** What the entry did to a fund's cash (all its money, wherever kept). */
    public long cashOf(UUID fundId) {
        return lines.stream().filter(l -> l.fundId().equals(fundId) && l.account() == Account.CASH)
                .mapToLong(Line::amount).sum();
    }
}
