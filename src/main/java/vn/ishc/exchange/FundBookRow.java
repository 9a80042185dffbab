package vn.ishc.exchange;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of an uploaded fund book: the sheet row, the club and fund as written (and which they are, once
 * known), the day, what it records, the amount in đồng as typed, the note, and what confirming does with it.
 */
public record FundBookRow(int seq, int row, UUID clubId, String club, LocalDate date, UUID fundId, String fund,
                          FundBookKind kind, Long amount, String note, Outcome outcome) {

    /** What confirming does with a row. */
    public enum Outcome { ADD, UNCHANGED, REFUSED }
}
