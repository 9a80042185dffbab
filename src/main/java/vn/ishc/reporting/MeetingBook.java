package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import vn.ishc.meetings.MeetingFacts;

/**
 * A club's meeting book for a month: whether the month's meeting is keyed (saved finished; a draft is not), and
 * whether it was keyed on time, within {@link #ON_TIME_DAYS} days after the meeting's date (docs/indicators.md,
 * BOOKS_KEYED_ON_TIME). Of several meetings in a month the one keyed soonest after its date counts.
 * {@code heldOn}, {@code keyedOn} and {@code daysAfter} are null when no meeting of the month is keyed.
 */
public record MeetingBook(YearMonth month, LocalDate heldOn, LocalDate keyedOn, Integer daysAfter, State state) {

    /** A book keyed by the tenth day after the meeting is on time: a meeting on the 30th is due by the 10th. */
    public static final int ON_TIME_DAYS = 10;

    public enum State {
        /** Keyed within the days allowed. */
        ON_TIME,
        /** Keyed, later than the days allowed. */
        LATE,
        /** Nothing keyed, and the month is not over yet: its meeting may still be held and keyed. */
        WAITING,
        /** Nothing keyed for a month gone by. */
        MISSING
    }

    private static final Comparator<MeetingFacts.Held> SOONEST = Comparator
            .comparingLong((MeetingFacts.Held h) -> daysAfter(h)).thenComparing(MeetingFacts.Held::heldOn);

    /** The book of a month from the club's finished meetings, as of a day. */
    public static MeetingBook of(YearMonth month, List<MeetingFacts.Held> meetings, LocalDate today) {
        return meetings.stream().filter(h -> YearMonth.from(h.heldOn()).equals(month))
                .min(SOONEST)
                .map(h -> {
                    long days = daysAfter(h);
                    return new MeetingBook(month, h.heldOn(), h.keyedOn(), (int) days,
                            days <= ON_TIME_DAYS ? State.ON_TIME : State.LATE);
                })
                .orElseGet(() -> new MeetingBook(month, null, null, null,
                        month.isBefore(YearMonth.from(today)) ? State.MISSING : State.WAITING));
    }

    public boolean keyed() {
        return state == State.ON_TIME || state == State.LATE;
    }

    public boolean onTime() {
        return state == State.ON_TIME;
    }

    // A book keyed before the meeting's date (a date put right later) is keyed on the day.
    private static long daysAfter(MeetingFacts.Held h) {
        return Math.max(0, ChronoUnit.DAYS.between(h.heldOn(), h.keyedOn()));
    }
}
