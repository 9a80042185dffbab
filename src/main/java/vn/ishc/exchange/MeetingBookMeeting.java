package vn.ishc.exchange;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One meeting of an uploaded meeting book: the club as written in the sheet (and the club it is, once
 * known), the date, the sheet rows it spans, and what confirming does with it.
 */
public record MeetingBookMeeting(int seq, UUID clubId, String club, LocalDate heldOn, int firstRow, int rowCount,
                                 Outcome outcome) {

    /** What confirming does with a meeting. */
    public enum Outcome { ADD, UPDATE, UNCHANGED, REFUSED }
}
